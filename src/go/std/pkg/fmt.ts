/** pkg/fmt: registers package fmt with the runtime and the checker (one chunk in the browser worker). */
import { registerStdPackage } from '../registry.ts';
import { registerPackage } from '../../types/stdlib/table.ts';
import { source } from '../../types/stdlib/pkg/fmt.ts';
import { fmtPackage } from '../fmt.ts';

registerPackage('fmt', source);
registerStdPackage('fmt', fmtPackage);
