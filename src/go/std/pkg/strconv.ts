/** pkg/strconv: registers package strconv with the runtime and the checker (its own chunk in the browser worker; the other part loads per member: ../package-parts.ts). */
import './fmt-io-errors-log.ts';
import { registerStdPackage } from '../registry.ts';
import { registerPackage } from '../../types/stdlib/table.ts';
import { source } from '../../types/stdlib/pkg/strconv.ts';
import { strconvPackage } from '../strconv.ts';
import './strconv-parts.eager.ts';

registerPackage('strconv', source);
registerStdPackage('strconv', () => strconvPackage());
