/** pkg/runtime: registers package runtime with the runtime and the checker (one chunk in the browser worker). */
import './fmt-io-errors-log.ts';
import { registerStdPackage } from '../registry.ts';
import { registerPackage } from '../../types/stdlib/table.ts';
import { source } from '../../types/stdlib/pkg/runtime.ts';
import { runtimePackage } from '../io.ts';

registerPackage('runtime', source);
registerStdPackage('runtime', runtimePackage);
