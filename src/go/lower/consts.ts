/** consts: JS literals for checker constants, typed by their (possibly untyped) Go type. */
import type { ConstValue } from '../types/constant.ts';
import type { Type } from '../types/types.ts';
import { underlying } from '../types/types.ts';

const MAXS = 9007199254740991n;

/** constCode returns the JS source of a constant value of type t. */
export function constCode(v: ConstValue, t: Type): string {
  const u = underlying(t);
  const k = u.kind === 'basic' ? u.basic : '';
  switch (v.kind) {
    case 'bool': return String(v.value);
    case 'string': return JSON.stringify(v.value);
    case 'int': {
      if (k === 'float32') return numLit(Math.fround(Number(v.value)));
      if (k === 'float64' || k === 'untyped float') return numLit(Number(v.value));
      if (k === 'string') return JSON.stringify(v.value);
      if (v.value > MAXS || v.value < -MAXS) return `${v.value}n`;
      return String(v.value);
    }
    case 'float': {
      if (k === 'float32') return numLit(Math.fround(v.value));
      if (k !== 'float64' && k !== 'untyped float' && Number.isInteger(v.value)) {
        const b = BigInt(v.value);
        if (b > MAXS || b < -MAXS) return `${b}n`;
      }
      return numLit(v.value);
    }
  }
  return 'undefined';
}

function numLit(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return 'Infinity';
  if (n === -Infinity) return '-Infinity';
  if (Object.is(n, -0)) return '-0';
  return n < 0 ? `(${n})` : String(n);
}
