/** pkg/unicode-utf8: registers package unicode/utf8 with the runtime and the checker (one chunk in the browser worker). */
import { registerStdPackage } from '../registry.ts';
import { registerPackage } from '../../types/stdlib/table.ts';
import { source } from '../../types/stdlib/pkg/unicode-utf8.ts';
import { utf8Package } from '../unicode.ts';

registerPackage('unicode/utf8', source);
registerStdPackage('unicode/utf8', () => utf8Package());
