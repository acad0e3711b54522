/** pkg/sort: registers package sort with the runtime and the checker (one chunk in the browser worker). */
import { registerStdPackage } from '../registry.ts';
import { registerPackage } from '../../types/stdlib/table.ts';
import { source } from '../../types/stdlib/pkg/sort.ts';
import { sortPackage } from '../sort.ts';

registerPackage('sort', source);
registerStdPackage('sort', () => sortPackage());
