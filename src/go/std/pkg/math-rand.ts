/** pkg/math-rand: registers package math/rand with the runtime and the checker (one chunk in the browser worker). */
import { registerStdPackage } from '../registry.ts';
import { registerPackage } from '../../types/stdlib/table.ts';
import { source } from '../../types/stdlib/pkg/math-rand.ts';
import { randPackage } from '../rand.ts';

registerPackage('math/rand', source);
registerStdPackage('math/rand', randPackage);
