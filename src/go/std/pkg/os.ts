/** pkg/os: registers package os with the runtime and the checker (one chunk in the browser worker). */
import { registerStdPackage } from '../registry.ts';
import { registerPackage } from '../../types/stdlib/table.ts';
import { source } from '../../types/stdlib/pkg/os.ts';
import { osPackage } from '../os.ts';

registerPackage('os', source);
registerStdPackage('os', osPackage);
