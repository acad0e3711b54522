/** pkg/strings: registers package strings with the runtime and the checker (its own chunk in the browser worker; the other parts load per member: ../package-parts.ts). */
import { registerStdPackage } from '../registry.ts';
import { registerPackage } from '../../types/stdlib/table.ts';
import { source } from '../../types/stdlib/pkg/strings.ts';
import { stringsPackage } from '../strings.ts';
import './strings-parts.eager.ts';

registerPackage('strings', source);
registerStdPackage('strings', () => stringsPackage());
