/** pkg/unicode: registers package unicode with the runtime and the checker (one chunk in the browser worker). */
import { registerStdPackage } from '../registry.ts';
import { registerPackage } from '../../types/stdlib/table.ts';
import { source } from '../../types/stdlib/pkg/unicode.ts';
import { unicodePackage } from '../unicode.ts';

registerPackage('unicode', source);
registerStdPackage('unicode', () => unicodePackage());
