/** pkg/sync-atomic: registers package sync/atomic with the runtime and the checker (one chunk in the browser worker). */
import { registerStdPackage } from '../registry.ts';
import { registerPackage } from '../../types/stdlib/table.ts';
import { source } from '../../types/stdlib/pkg/sync-atomic.ts';
import { atomicPackage } from '../atomic.ts';

registerPackage('sync/atomic', source);
registerStdPackage('sync/atomic', () => atomicPackage());
