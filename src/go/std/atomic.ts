/** sync/atomic: the Add/Load/Store/CompareAndSwap functions and the Int32/Int64/Bool typed values. */
import { hostType, ptrTo, type RType } from '../runtime/rtype.ts';
import { add64, addU64 } from '../runtime/int.ts';

type Ptr = { v: any };

function typed(name: string, zero: any): RType {
  const t = hostType('sync/atomic', name, () => ({ v: zero }), (x) => ({ v: x.v }));
  t.str = 'atomic.' + name;
  (t as any).format = (x: { v: any }) => `{{} ${x.v}}`;
  const m = ptrTo(t).methods;
  m.set('Load', function* (_g: any, p: Ptr) { return p.v; });
  m.set('Store', function* (_g: any, p: Ptr, v: any) { p.v = v; });
  m.set('Swap', function* (_g: any, p: Ptr, v: any) { const o = p.v; p.v = v; return o; });
  m.set('CompareAndSwap', function* (_g: any, p: Ptr, o: any, n: any) { if (p.v === o) { p.v = n; return true; } return false; });
  if (typeof zero === 'number') m.set('Add', function* (_g: any, p: Ptr, d: any) { p.v = name === 'Int32' ? (p.v + d) | 0 : add64(p.v, d); return p.v; });
  return t;
}

/** atomicPackage builds package sync/atomic. */
export function atomicPackage() {
  return {
    types: { Int32: typed('Int32', 0), Int64: typed('Int64', 0), Uint64: typed('Uint64', 0), Bool: typed('Bool', false), Value: typed('Value', null) },
    vars: {},
    funcs: {
      AddInt64: (_g: any, p: Ptr, d: any) => (p.v = add64(p.v, d)),
      AddInt32: (_g: any, p: Ptr, d: number) => (p.v = (p.v + d) | 0),
      LoadInt64: (_g: any, p: Ptr) => p.v,
      LoadInt32: (_g: any, p: Ptr) => p.v,
      StoreInt64: (_g: any, p: Ptr, v: any) => { p.v = v; },
      StoreInt32: (_g: any, p: Ptr, v: any) => { p.v = v; },
      AddUint64: (_g: any, p: Ptr, d: any) => (p.v = addU64(p.v, d)),
      LoadUint64: (_g: any, p: Ptr) => p.v,
      StoreUint64: (_g: any, p: Ptr, v: any) => { p.v = v; },
      SwapInt32: (_g: any, p: Ptr, v: any) => { const o = p.v; p.v = v; return o; },
      SwapInt64: (_g: any, p: Ptr, v: any) => { const o = p.v; p.v = v; return o; },
      CompareAndSwapInt64: (_g: any, p: Ptr, o: any, n: any) => (p.v === o ? ((p.v = n), true) : false),
      CompareAndSwapInt32: (_g: any, p: Ptr, o: any, n: any) => (p.v === o ? ((p.v = n), true) : false),
    },
  };
}
