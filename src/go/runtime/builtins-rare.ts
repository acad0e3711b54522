/** builtins-rare: the runtime of clear, print, println, min and max (installed on the helper table with key `go:builtins`). */
import { formatPrintFloat } from './print.ts';
import { H } from './helpers.ts';
import type { GoMap } from './map.ts';
import type { RType } from './rtype.ts';
import type { Slice } from './slice.ts';

function printValue(t: RType, v: any): string {
  switch (t.kind) {
    case 'float32': case 'float64': return formatPrintFloat(v);
    case 'string': return v;
    case 'bool': return String(v);
    case 'interface': return v === null ? '(0x0,0x0)' : `(0x${t.id.toString(16)},0xc000010000)`;
    case 'ptr': case 'map': case 'chan': case 'func': case 'unsafeptr': return v === null ? '0x0' : '0xc000010000';
    case 'slice': return v === null ? '[0/0]0x0' : `[${v.l}/${v.c}]0xc000010000`;
  }
  return String(v);
}
function print(rt: any, args: [RType, any][], ln: boolean): void {
  const parts = args.map(([t, v]) => printValue(t, v));
  rt.write(2, ln ? parts.join(' ') + '\n' : parts.join(''));
}
function minmax(isMin: boolean) {
  return (xs: any[]): any => {
    let r = xs[0];
    for (let i = 1; i < xs.length; i++) {
      const x = xs[i];
      if (typeof x === 'number' && Number.isNaN(x)) return x;
      if (isMin ? x < r : x > r) r = x;
    }
    return r;
  };
}
function mclear(m: GoMap | null): void { if (m) m.m.clear(); }
function sclear(s: Slice | null, zero: () => any): void { if (s) for (let i = 0; i < s.l; i++) s.a[s.o + i] = zero(); }

Object.assign(H, { print, min: minmax(true), max: minmax(false), mclear, sclear });
