/** pkg/sync: registers package sync with the runtime and the checker (one chunk in the browser worker). */
import { registerStdPackage } from '../registry.ts';
import { registerPackage } from '../../types/stdlib/table.ts';
import { source } from '../../types/stdlib/pkg/sync.ts';
import { syncPackage } from '../sync.ts';

registerPackage('sync', source);
registerStdPackage('sync', syncPackage);
