/** sync: WaitGroup, Mutex, RWMutex and Once on sim waits (wait reasons as Go's traceback shows them). */
import { hostType, ptrTo, type RType } from '../runtime/rtype.ts';
import { GoPanic, withFrames } from '../runtime/panic.ts';
import { anyType, basic, mapKey, type Iface } from '../runtime/rtype.ts';
import { H } from '../runtime/helpers.ts';
const imethod = H.imethod;
import type { Runtime } from '../runtime/runtime.ts';
import type { Wait, World } from '../../sim/world.ts';
import { DONE_FALSE, DONE_TRUE, doneWith } from '../../sim/done.ts';

/** DONE_VOID is a finished call with no result (methods that never block return it instead of being generators). */
const DONE_VOID = doneWith<void>(undefined);

const GOROOT = '/usr/lib/go-1.23/src/';
type HostFrame = { fn: { name: string; file: string; np: number }; p: number };
/** hostFrames makes the runtime frames a parked goroutine shows (built once per blocking point; frames are never mutated). */
const hostFrames = (list: [string, string, number][]): HostFrame[] => list.map(([name, file, line]) => ({ fn: { name, file: GOROOT + file, np: 1 }, p: line }));
const WG_WAIT = hostFrames([['sync.(*WaitGroup).Wait', 'sync/waitgroup.go', 118], ['sync.runtime_Semacquire', 'runtime/sema.go', 71]]);
const RW_RLOCK = hostFrames([['sync.(*RWMutex).RLock', 'sync/rwmutex.go', 72], ['sync.runtime_SemacquireRWMutexR', 'runtime/sema.go', 100]]);
const COND_WAIT = hostFrames([['sync.(*Cond).Wait', 'sync/cond.go', 71], ['sync.runtime_notifyListWait', 'runtime/sema.go', 587]]);

/** parkWith parks on w while g's traceback shows the given runtime frames (outermost first). */
function* parkWith(g: any, frames: HostFrame[], w: Wait<void>): Generator<unknown, void, unknown> {
  const fs = g?.fs as HostFrame[] | undefined;
  const n = fs ? fs.length : 0;
  if (fs) for (const f of frames) fs.push(f);
  try { const t = w.parkNow(); if (t !== null) yield t; } finally { if (fs) fs.length = n; }
}

interface WG { n: number; waiters: Wait<void>[] }
interface MU { locked: boolean; q: Wait<void>[]; readers: number; rq: Wait<void>[] }

/** waitOf makes a blocking point for goroutine g in its world. */
const waitOf = (g: any, reason: string): Wait<void> => (g.world as World).wait<void>(reason);

/** syncPackage is package sync (one instance for every run: the world comes with the calling goroutine). */
export function syncPackage(_rt?: Runtime) { return SYNC; }

const SYNC = (() => {
  const wgT: RType = hostType('sync', 'WaitGroup', () => ({ n: 0, waiters: [] }), (v: WG) => ({ n: v.n, waiters: [] }));
  const muT: RType = hostType('sync', 'Mutex', () => ({ locked: false, q: [], readers: 0, rq: [] }), (v: MU) => ({ locked: v.locked, q: [], readers: 0, rq: [] }));
  const rwT: RType = hostType('sync', 'RWMutex', () => ({ locked: false, q: [], readers: 0, rq: [] }), (v: MU) => ({ locked: v.locked, q: [], readers: v.readers, rq: [] }));
  const onceT: RType = hostType('sync', 'Once', () => ({ done: false }), (v) => ({ done: v.done }));
  for (const t of [wgT, muT, rwT, onceT]) (t as any).format = (v: any) => (t === wgT ? `{{} {{} {} ${v.n}} 0}` : t === onceT ? `{${v.done ? 1 : 0}}` : `{${v.locked ? 1 : 0} 0}`);
  const wg = ptrTo(wgT).methods;
  const negative = (_g: any, frames: [string, string, number][]): never => {
    throw withFrames(new GoPanic({ t: basic.string, v: 'sync: negative WaitGroup counter' }), frames.map(([name, file, line]) => ({ name, file: GOROOT + file, line, np: 1 })));
  };
  // Methods that never block are plain functions returning a finished iterator (no generator per call).
  wg.set('Add', (g: any, w: WG, d: number) => {
    w.n += Number(d);
    if (w.n < 0) negative(g, [['sync.(*WaitGroup).Add', 'sync/waitgroup.go', 64]]);
    if (w.n === 0) { for (const x of w.waiters) x.wake(); w.waiters = []; }
    return DONE_VOID;
  });
  wg.set('Done', (g: any, w: WG) => {
    w.n -= 1;
    if (w.n < 0) negative(g, [['sync.(*WaitGroup).Done', 'sync/waitgroup.go', 89], ['sync.(*WaitGroup).Add', 'sync/waitgroup.go', 64]]);
    if (w.n === 0) { for (const x of w.waiters) x.wake(); w.waiters = []; }
    return DONE_VOID;
  });
  wg.set('Wait', function* (g: any, w: WG) {
    if (w.n === 0) return;
    const x = waitOf(g, 'semacquire');
    w.waiters.push(x);
    yield* parkWith(g, WG_WAIT, x);
  });
  const lock = (reason: string, list: [string, string, number][]) => {
    const frames = hostFrames(list);
    const contended = function* (g: any, m: MU) {
      while (m.locked || m.readers > 0) {
        const x = waitOf(g, reason);
        m.q.push(x);
        yield* parkWith(g, frames, x);
      }
      m.locked = true;
    };
    // a free mutex is taken without a generator
    return (g: any, m: MU) => {
      if (m.locked || m.readers > 0) return contended(g, m);
      m.locked = true;
      return DONE_VOID;
    };
  };
  const wakeAll = (m: MU) => {
    const q = m.q; m.q = [];
    for (const x of q) x.wake();
    const rq = m.rq; m.rq = [];
    for (const x of rq) x.wake();
  };
  const unlock = (msg: string, frames: [string, string, number][]) => (g: any, m: MU) => {
    if (!m.locked) fatal(g, msg, frames);
    m.locked = false;
    wakeAll(m);
    return DONE_VOID;
  };
  const fatal = (_g: any, msg: string, frames: [string, string, number][] = []): never => {
    throw withFrames(new FatalErr(msg), [...frames, ['sync.fatal', 'runtime/panic.go', 1031] as [string, string, number]].map(([name, file, line]) => ({ name, file: GOROOT + file, line, np: 1 })));
  };
  const mu = ptrTo(muT).methods;
  mu.set('Lock', lock('sync.Mutex.Lock', [['sync.(*Mutex).Lock', 'sync/mutex.go', 92], ['sync.(*Mutex).lockSlow', 'sync/mutex.go', 173], ['sync.runtime_SemacquireMutex', 'runtime/sema.go', 95]]));
  mu.set('Unlock', unlock('sync: unlock of unlocked mutex', [['sync.(*Mutex).Unlock', 'sync/mutex.go', 225], ['sync.(*Mutex).unlockSlow', 'sync/mutex.go', 231]]));
  mu.set('TryLock', (_g: any, m: MU) => { if (m.locked) return DONE_FALSE; m.locked = true; return DONE_TRUE; });
  const rw = ptrTo(rwT).methods;
  rw.set('Lock', lock('sync.RWMutex.Lock', [['sync.(*RWMutex).Lock', 'sync/rwmutex.go', 153], ['sync.runtime_SemacquireRWMutex', 'runtime/sema.go', 105]]));
  rw.set('Unlock', unlock('sync: Unlock of unlocked RWMutex', [['sync.(*RWMutex).Unlock', 'sync/rwmutex.go', 201]]));
  rw.set('RLock', function* (g: any, m: MU) {
    while (m.locked || m.q.length > 0) { const x = waitOf(g, 'sync.RWMutex.RLock'); m.rq.push(x); yield* parkWith(g, RW_RLOCK, x); }
    m.readers++;
  });
  rw.set('RUnlock', (_g: any, m: MU) => {
    if (m.readers <= 0) fatal(_g, 'sync: RUnlock of unlocked RWMutex', [['sync.(*RWMutex).RUnlock', 'sync/rwmutex.go', 120], ['sync.(*RWMutex).rUnlockSlow', 'sync/rwmutex.go', 130]]);
    m.readers--;
    if (m.readers === 0) wakeAll(m);
    return DONE_VOID;
  });
  ptrTo(onceT).methods.set('Do', function* (g: any, o: { done: boolean }, f: any) {
    if (o.done) return;
    o.done = true;
    yield* f(g);
  });
  // Cond: Wait unlocks L, parks until Signal/Broadcast, then locks L again.
  interface CondObj { L: Iface | null; q: Wait<void>[] }
  const condT: RType = hostType('sync', 'Cond', () => ({ L: null, q: [] }), (v: CondObj) => ({ L: v.L, q: [] }));
  const cm = ptrTo(condT).methods;
  cm.set('Wait', function* (g: any, c: CondObj) {
    const x = waitOf(g, 'sync.Cond.Wait');
    c.q.push(x);
    yield* imethod(c.L, 'Unlock')(g);
    yield* parkWith(g, COND_WAIT, x);
    yield* imethod(c.L, 'Lock')(g);
  });
  cm.set('Signal', function* (_g: any, c: CondObj) { while (c.q.length) if (c.q.shift()!.wake()) break; });
  cm.set('Broadcast', function* (_g: any, c: CondObj) { const q = c.q; c.q = []; for (const x of q) x.wake(); });
  // Map: keys compared like Go's == on interface values; Range visits in insertion order.
  interface SMap { m: Map<unknown, [Iface | null, Iface | null]> }
  const smapT: RType = hostType('sync', 'Map', () => ({ m: new Map() }), (v: SMap) => ({ m: new Map(v.m) }));
  const sm = ptrTo(smapT).methods;
  const k = (x: Iface | null) => mapKey(anyType, x);
  sm.set('Load', function* (_g: any, m: SMap, key: Iface | null) { const e = m.m.get(k(key)); return e ? [e[1], true] : [null, false]; });
  sm.set('Store', function* (_g: any, m: SMap, key: Iface | null, v: Iface | null) { m.m.set(k(key), [key, v]); });
  sm.set('LoadOrStore', function* (_g: any, m: SMap, key: Iface | null, v: Iface | null) { const e = m.m.get(k(key)); if (e) return [e[1], true]; m.m.set(k(key), [key, v]); return [v, false]; });
  sm.set('LoadAndDelete', function* (_g: any, m: SMap, key: Iface | null) { const e = m.m.get(k(key)); if (!e) return [null, false]; m.m.delete(k(key)); return [e[1], true]; });
  sm.set('Delete', function* (_g: any, m: SMap, key: Iface | null) { m.m.delete(k(key)); });
  sm.set('Range', function* (g: any, m: SMap, f: (g: any, a: Iface | null, b: Iface | null) => Generator<unknown, boolean, unknown>) {
    for (const [key, e] of [...m.m]) { if (!m.m.has(key)) continue; if (!(yield* f(g, e[0], e[1]))) break; }
  });
  return {
    types: { WaitGroup: wgT, Mutex: muT, RWMutex: rwT, Once: onceT, Cond: condT, Map: smapT },
    vars: {},
    funcs: { NewCond: (_g: any, l: Iface | null) => ({ L: l, q: [] }) },
  };
})();

import { FatalError } from '../runtime/panic.ts';
class FatalErr extends FatalError { constructor(msg: string) { super(msg, 'fatal'); } }
