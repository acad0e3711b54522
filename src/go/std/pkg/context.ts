/** pkg/context: registers package context with the runtime and the checker (one chunk in the browser worker). */
import { registerStdPackage } from '../registry.ts';
import { registerPackage } from '../../types/stdlib/table.ts';
import { source } from '../../types/stdlib/pkg/context.ts';
import { contextPackage } from '../context.ts';

registerPackage('context', source);
registerStdPackage('context', contextPackage);
