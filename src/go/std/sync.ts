/** sync: WaitGroup, Mutex, RWMutex and Once on sim waits (wait reasons as Go's traceback shows them). */
import { hostType, ptrTo, type RType } from '../runtime/rtype.ts';
import { runtimePanic } from '../runtime/panic.ts';
import type { Runtime } from '../runtime/runtime.ts';
import type { Wait } from '../../sim/world.ts';

interface WG { n: number; waiters: Wait<void>[] }
interface MU { locked: boolean; q: Wait<void>[]; readers: number; rq: Wait<void>[] }

/** syncPackage builds package sync for a runtime. */
export function syncPackage(rt: Runtime) {
  const W = rt.world;
  const wgT: RType = hostType('sync', 'WaitGroup', () => ({ n: 0, waiters: [] }), (v: WG) => ({ n: v.n, waiters: [] }));
  const muT: RType = hostType('sync', 'Mutex', () => ({ locked: false, q: [], readers: 0, rq: [] }), (v: MU) => ({ locked: v.locked, q: [], readers: 0, rq: [] }));
  const rwT: RType = hostType('sync', 'RWMutex', () => ({ locked: false, q: [], readers: 0, rq: [] }), (v: MU) => ({ locked: v.locked, q: [], readers: v.readers, rq: [] }));
  const onceT: RType = hostType('sync', 'Once', () => ({ done: false }), (v) => ({ done: v.done }));
  for (const t of [wgT, muT, rwT, onceT]) (t as any).format = (v: any) => (t === wgT ? `{{} {{} {} ${v.n}} 0}` : t === onceT ? `{${v.done ? 1 : 0}}` : `{${v.locked ? 1 : 0} 0}`);
  const wg = ptrTo(wgT).methods;
  wg.set('Add', function* (_g: any, w: WG, d: number) {
    w.n += Number(d);
    if (w.n < 0) throw runtimePanic('sync: negative WaitGroup counter', false, true);
    if (w.n === 0) { for (const x of w.waiters) x.wake(); w.waiters = []; }
  });
  wg.set('Done', function* (_g: any, w: WG) {
    w.n -= 1;
    if (w.n < 0) throw runtimePanic('sync: negative WaitGroup counter', false, true);
    if (w.n === 0) { for (const x of w.waiters) x.wake(); w.waiters = []; }
  });
  wg.set('Wait', function* (_g: any, w: WG) {
    if (w.n === 0) return;
    const x = W.wait<void>('semacquire');
    w.waiters.push(x);
    yield* x.park();
  });
  const lock = (reason: string) => function* (_g: any, m: MU) {
    while (m.locked || m.readers > 0) {
      const x = W.wait<void>(reason);
      m.q.push(x);
      yield* x.park();
    }
    m.locked = true;
  };
  const wakeAll = (m: MU) => {
    const q = m.q; m.q = [];
    for (const x of q) x.wake();
    const rq = m.rq; m.rq = [];
    for (const x of rq) x.wake();
  };
  const unlock = (msg: string) => function* (_g: any, m: MU) {
    if (!m.locked) fatal(msg);
    m.locked = false;
    wakeAll(m);
  };
  const fatal = (msg: string): never => { throw new FatalErr(msg); };
  const mu = ptrTo(muT).methods;
  mu.set('Lock', lock('sync.Mutex.Lock'));
  mu.set('Unlock', unlock('sync: unlock of unlocked mutex'));
  mu.set('TryLock', function* (_g: any, m: MU) { if (m.locked) return false; m.locked = true; return true; });
  const rw = ptrTo(rwT).methods;
  rw.set('Lock', lock('sync.RWMutex.Lock'));
  rw.set('Unlock', unlock('sync: Unlock of unlocked RWMutex'));
  rw.set('RLock', function* (_g: any, m: MU) {
    while (m.locked || m.q.length > 0) { const x = W.wait<void>('sync.RWMutex.RLock'); m.rq.push(x); yield* x.park(); }
    m.readers++;
  });
  rw.set('RUnlock', function* (_g: any, m: MU) {
    if (m.readers <= 0) fatal('sync: RUnlock of unlocked RWMutex');
    m.readers--;
    if (m.readers === 0) wakeAll(m);
  });
  ptrTo(onceT).methods.set('Do', function* (g: any, o: { done: boolean }, f: any) {
    if (o.done) return;
    o.done = true;
    yield* f(g);
  });
  return { types: { WaitGroup: wgT, Mutex: muT, RWMutex: rwT, Once: onceT }, vars: {}, funcs: {} };
}

import { FatalError } from '../runtime/panic.ts';
class FatalErr extends FatalError { constructor(msg: string) { super(msg, 'fatal'); } }
