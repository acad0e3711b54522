/** panic-print: how Go prints a panic value (`panic: boom`, `panic: main.E("x")`, error and Stringer text). */
import type { Iface } from './rtype.ts';
import { formatPrintFloat } from './print.ts';

/** drive runs a generator to completion synchronously (for methods called while printing a crash). */
export function drive<T>(gen: Generator<unknown, T, unknown>): T {
  let r = gen.next();
  while (!r.done) r = gen.next();
  return r.value;
}

/** formatPanicValue renders a panic value like Go's printpanicval. */
export function formatPanicValue(g: any, v: Iface | null): string {
  if (v === null) return 'nil';
  const t = v.t;
  const err = t.methods.get('Error');
  if (err) return drive(err(g, v.v));
  const str = t.methods.get('String');
  if (str) return drive(str(g, v.v));
  let s: string;
  switch (t.kind) {
    case 'string': s = v.v; if (!t.name) return s; return `${t.str}(${JSON.stringify(s)})`;
    case 'bool': s = String(v.v); break;
    case 'float32': case 'float64': s = formatPrintFloat(v.v); break;
    case 'int': case 'int8': case 'int16': case 'int32': case 'int64': case 'uint': case 'uint8': case 'uint16': case 'uint32': case 'uint64': case 'uintptr':
      s = String(v.v); break;
    default: return `(${t.str}) ${addr(v.v)}`;
  }
  return t.name ? `${t.str}(${s})` : s;
}

function addr(_v: unknown): string { return '0xc000012120'; }
