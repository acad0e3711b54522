/** pkg/errors: registers package errors with the runtime and the checker (one chunk in the browser worker). */
import { registerStdPackage } from '../registry.ts';
import { registerPackage } from '../../types/stdlib/table.ts';
import { source } from '../../types/stdlib/pkg/errors.ts';
import { errorsPackage } from '../errors.ts';

registerPackage('errors', source);
registerStdPackage('errors', () => errorsPackage());
