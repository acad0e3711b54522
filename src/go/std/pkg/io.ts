/** pkg/io: registers package io with the runtime and the checker (one chunk in the browser worker). */
import { registerStdPackage } from '../registry.ts';
import { registerPackage } from '../../types/stdlib/table.ts';
import { source } from '../../types/stdlib/pkg/io.ts';
import { ioPackage } from '../io.ts';

registerPackage('io', source);
registerStdPackage('io', ioPackage);
