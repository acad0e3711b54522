import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import initSqlJs from 'sql.js';
import type { SqlJs } from '../../src/mysql/sqljs-types.ts';

let cached: Promise<SqlJs> | undefined;

/** loadSqlJs loads sql.js in Node with the wasm bytes read from node_modules (tests and bench share one copy). */
export function loadSqlJs(): Promise<SqlJs> {
  if (!cached) {
    const require = createRequire(import.meta.url);
    const wasm = readFileSync(require.resolve('sql.js/dist/sql-wasm.wasm'));
    cached = initSqlJs({ wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer });
  }
  return cached;
}
