/** pkg/math: registers package math with the runtime and the checker (one chunk in the browser worker). */
import { registerStdPackage } from '../registry.ts';
import { registerPackage } from '../../types/stdlib/table.ts';
import { source } from '../../types/stdlib/pkg/math.ts';
import { mathPackage } from '../math.ts';

registerPackage('math', source);
registerStdPackage('math', () => mathPackage());
