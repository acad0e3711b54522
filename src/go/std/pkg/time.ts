/** pkg/time: registers package time with the runtime and the checker (one chunk in the browser worker). */
import { registerStdPackage } from '../registry.ts';
import { registerPackage } from '../../types/stdlib/table.ts';
import { source } from '../../types/stdlib/pkg/time.ts';
import { timePackage } from '../time.ts';

registerPackage('time', source);
registerStdPackage('time', timePackage);
