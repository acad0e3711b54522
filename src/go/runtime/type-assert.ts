/** type-assert: the runtime of type assertions x.(T) (installed on the helper table with key `go:assert`). */
import * as R from './rtype.ts';
import { H } from './helpers.ts';
import { GoPanic, RuntimeError, runtimeErrorHolder } from './panic.ts';
import type { RType } from './rtype.ts';

function typeErr(msg: string): GoPanic {
  return new GoPanic({ t: runtimeErrorHolder.assertT!, v: new RuntimeError(msg, true) });
}

function assert(x: R.Iface | null, T: RType, st: RType): any {
  if (x !== null && x.t === T) return x.v;
  const scopes = x !== null && x.t.str === T.str ? ' (types from different scopes)' : '';
  throw typeErr(`interface conversion: ${ifaceName(st)} is ${x === null ? 'nil' : x.t.str}, not ${T.str}${scopes}`);
}
function assertI(x: R.Iface | null, T: RType, st: RType): any {
  if (x === null) throw typeErr(`interface conversion: interface is nil, not ${T.str}`);
  const miss = R.implementsIface(x.t, T);
  if (miss === null) return x;
  throw typeErr(`interface conversion: ${x.t.str} is not ${T.str}: missing method ${miss}`);
}
function ifaceName(t: RType): string { return t.str; }
function assert2(x: R.Iface | null, T: RType, isIface: boolean, zero: () => any): [any, boolean] {
  if (isIface) return x !== null && R.implementsIface(x.t, T) === null ? [x, true] : [null, false];
  return x !== null && x.t === T ? [x.v, true] : [zero(), false];
}

Object.assign(H, { assert, assertI, assert2 });
