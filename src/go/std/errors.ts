/** errors: New, Is, As, Unwrap, Join over Go error interface values. */
import { errorStringT } from './fmt.ts';
import { drive } from '../runtime/panic-print.ts';
import { hostType, equal, anyType, implementsIface, needsClone, clone, type Iface, type RType } from '../runtime/rtype.ts';
import { fromArray, toArray, type Slice } from '../runtime/slice.ts';
import { runtimePanic } from '../runtime/panic.ts';

/** joinErrorT is *errors.joinError. */
export const joinErrorT: RType = hostType('errors', 'joinError', () => null);
joinErrorT.str = '*errors.joinError';

function unwrap(g: any, e: Iface): (Iface | null)[] {
  const m = e.t.methods.get('Unwrap');
  if (m) {
    const r = drive(m(g, e.v));
    if (r === null) return [];
    if (r instanceof Object && 'a' in r && 'l' in r) return toArray(r as Slice) as (Iface | null)[];
    return [r as Iface];
  }
  if (e.t === joinErrorT) return e.v.errs;
  if (e.v && e.v.errs && e.t.str === '*fmt.wrapErrors') return e.v.errs;
  return [];
}

/** isErr is errors.Is. */
export function isErr(g: any, err: Iface | null, target: Iface | null): boolean {
  if (err === null || target === null) return err === target;
  const comparableT = target.t.kind !== 'slice' && target.t.kind !== 'map' && target.t.kind !== 'func';
  const walk = (e: Iface | null, depth: number): boolean => {
    if (e === null || depth > 100) return false;
    if (comparableT && e.t === target.t && equal(anyType, e, target)) return true;
    const is = e.t.methods.get('Is');
    if (is && drive(is(g, e.v, target))) return true;
    return unwrap(g, e).some((x) => walk(x, depth + 1));
  };
  return walk(err, 0);
}

/** asErr is errors.As: target is a non-nil pointer to an interface or to a type implementing error. */
export function asErr(g: any, err: Iface | null, target: Iface | null): boolean {
  if (target === null || target.v === null || target.t.kind !== 'ptr') throw runtimePanic('errors: target must be a non-nil pointer', false, true);
  const X = target.t.elem!;
  const walk = (e: Iface | null, depth: number): boolean => {
    if (e === null || depth > 100) return false;
    if (X.kind === 'interface' ? implementsIface(e.t, X) === null : e.t === X) {
      const val = X.kind === 'interface' ? e : e.v;
      if (needsClone(X)) Object.assign(target.v, clone(X, val)); else target.v.v = val;
      return true;
    }
    const as = e.t.methods.get('As');
    if (as && drive(as(g, e.v, target))) return true;
    return unwrap(g, e).some((x) => walk(x, depth + 1));
  };
  return walk(err, 0);
}

/** errorsPackage builds package errors. */
export function errorsPackage() {
  return {
    types: {},
    vars: {},
    funcs: {
      New: (_g: any, s: string): Iface => ({ t: errorStringT, v: { s } }),
      Is: (g: any, e: Iface | null, t: Iface | null) => isErr(g, e, t),
      As: (g: any, e: Iface | null, t: Iface | null) => asErr(g, e, t),
      Unwrap: (g: any, e: Iface | null): Iface | null => {
        if (e === null) return null;
        const m = e.t.methods.get('Unwrap');
        if (!m) return null;
        const r = drive(m(g, e.v));
        return r !== null && 'a' in r ? null : r;
      },
      Join: (g: any, errs: Slice | null): Iface | null => {
        const list = (toArray(errs) as (Iface | null)[]).filter((e) => e !== null);
        if (list.length === 0) return null;
        const v = { errs: list };
        return { t: joinErrorT, v };
      },
    },
  };
}
joinErrorT.methods.set('Error', function* (g: any, v: { errs: Iface[] }) {
  const parts: string[] = [];
  for (const e of v.errs) parts.push(yield* e.t.methods.get('Error')!(g, e.v));
  return parts.join('\n');
});
joinErrorT.methods.set('Unwrap', function* (_g: any, v: { errs: Iface[] }) {
  return fromArray(v.errs.slice());
});
