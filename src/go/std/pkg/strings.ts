/** pkg/strings: registers package strings with the runtime and the checker (one chunk in the browser worker). */
import { registerStdPackage } from '../registry.ts';
import { registerPackage } from '../../types/stdlib/table.ts';
import { source } from '../../types/stdlib/pkg/strings.ts';
import { stringsPackage } from '../strings.ts';

registerPackage('strings', source);
registerStdPackage('strings', () => stringsPackage());
