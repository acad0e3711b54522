/** pkg/log: registers package log with the runtime and the checker (one chunk in the browser worker). */
import { registerStdPackage } from '../registry.ts';
import { registerPackage } from '../../types/stdlib/table.ts';
import { source } from '../../types/stdlib/pkg/log.ts';
import { logPackage } from '../log.ts';

registerPackage('log', source);
registerStdPackage('log', logPackage);
