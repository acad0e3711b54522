/** pkg/strconv: registers package strconv with the runtime and the checker (one chunk in the browser worker). */
import './fmt-io-errors-log.ts';
import { registerStdPackage } from '../registry.ts';
import { registerPackage } from '../../types/stdlib/table.ts';
import { source } from '../../types/stdlib/pkg/strconv.ts';
import { strconvPackage } from '../strconv.ts';

registerPackage('strconv', source);
registerStdPackage('strconv', () => strconvPackage());
