/** chan: Go channels and select on sim tasks (FIFO queues of parked goroutines; seeded choice among ready cases). */
import type { Wait, World } from '../../sim/world.ts';
import type { Rng } from '../../sim/rng.ts';
import { runtimePanic } from './panic.ts';

interface Waiter { w: Wait<any>; v?: any; sel?: number }

/** Chan is a non-nil channel (nil is `null`). */
export class Chan {
  buf: any[] = [];
  closed = false;
  recvq: Waiter[] = [];
  sendq: Waiter[] = [];
  /** Chan creates a channel with a buffer capacity and the element's zero value. */
  constructor(readonly cap: number, readonly zero: () => any) {}
}

function firstLive(q: Waiter[]): Waiter | undefined {
  while (q.length > 0) { const x = q.shift()!; if (!x.w.resolved) return x; }
  return undefined;
}

function wakeRecv(r: Waiter, v: any, ok: boolean): boolean {
  return r.w.wake(r.sel === undefined ? [v, ok] : { i: r.sel, v, ok });
}

/** trySend delivers v without blocking; true when done (panics on a closed channel). */
function trySend(c: Chan, v: any): boolean {
  if (c.closed) throw runtimePanic('send on closed channel', false, true);
  for (;;) {
    const r = firstLive(c.recvq);
    if (!r) break;
    if (wakeRecv(r, v, true)) return true;
  }
  if (c.buf.length < c.cap) { c.buf.push(v); return true; }
  return false;
}
/** tryRecv receives without blocking: [v, ok] or undefined when it would block. */
function tryRecv(c: Chan): [any, boolean] | undefined {
  if (c.buf.length > 0) {
    const v = c.buf.shift();
    for (;;) {
      const s = firstLive(c.sendq);
      if (!s) break;
      if (s.w.wake(s.sel === undefined ? 'sent' : { i: s.sel, v: undefined, ok: true })) { c.buf.push(s.v); break; }
    }
    return [v, true];
  }
  for (;;) {
    const s = firstLive(c.sendq);
    if (!s) break;
    if (s.w.wake(s.sel === undefined ? 'sent' : { i: s.sel, v: undefined, ok: true })) return [s.v, true];
  }
  if (c.closed) return [c.zero(), false];
  return undefined;
}

/** send is `c <- v`. */
export function* send(world: World, c: Chan | null, v: any): Generator<unknown, void, unknown> {
  if (c === null) { yield* world.wait<never>('chan send (nil chan)').park(); return; }
  if (trySend(c, v)) return;
  const w = world.wait<any>('chan send');
  c.sendq.push({ w, v });
  const r = yield* w.park();
  if (r.kind === 'woken' && r.value === 'closed') throw runtimePanic('send on closed channel', false, true);
}
/** recv is `<-c` giving [v, ok]. */
export function* recv(world: World, c: Chan | null): Generator<unknown, [any, boolean], unknown> {
  if (c === null) { yield* world.wait<never>('chan receive (nil chan)').park(); return [undefined, false]; }
  const r = tryRecv(c);
  if (r) return r;
  const w = world.wait<any>('chan receive');
  c.recvq.push({ w });
  const o = yield* w.park();
  return o.kind === 'woken' ? o.value : [c.zero(), false];
}
/** close is close(c). */
export function close(c: Chan | null): void {
  if (c === null) throw runtimePanic('close of nil channel', false, true);
  if (c.closed) throw runtimePanic('close of closed channel', false, true);
  c.closed = true;
  for (const r of c.recvq) wakeRecv(r, c.zero(), false);
  c.recvq = [];
  for (const s of c.sendq) s.w.wake(s.sel === undefined ? 'closed' : { i: s.sel, closed: true });
  c.sendq = [];
}
/** chanLen is len(c). */
export function chanLen(c: Chan | null): number { return c === null ? 0 : c.buf.length; }
/** chanCap is cap(c). */
export function chanCap(c: Chan | null): number { return c === null ? 0 : c.cap; }

/** SelectCase is one case: a send (dir 's', value v) or a receive (dir 'r'). */
export interface SelectCase { c: Chan | null; dir: 's' | 'r'; v?: any }
/** SelectResult is the chosen case index (-1 for default) and, for receives, the value and ok. */
export interface SelectResult { i: number; v?: any; ok?: boolean }

/** select runs a select statement. */
export function* select(world: World, rng: Rng, cases: SelectCase[], hasDefault: boolean): Generator<unknown, SelectResult, unknown> {
  // Go polls the cases in a random order and takes the first ready one.
  const n = cases.length;
  const order: number[] = [];
  for (let i = 0; i < n; i++) order.push(i);
  for (let i = n - 1; i > 0; i--) { const j = rng.int(i + 1); const t = order[i]!; order[i] = order[j]!; order[j] = t; }
  for (const i of order) {
    const k = cases[i]!;
    if (k.c === null) continue;
    if (k.dir === 's') { if (trySend(k.c, k.v)) return { i }; }
    else { const r = tryRecv(k.c); if (r) return { i, v: r[0], ok: r[1] }; }
  }
  if (hasDefault) return { i: -1 };
  // A select with one case and no default is compiled by gc as a plain channel operation.
  const one = n === 1 ? cases[0]! : null;
  const reason = n === 0 ? 'select (no cases)' : one ? (one.dir === 's' ? 'chan send' : 'chan receive') + (one.c === null ? ' (nil chan)' : '') : 'select';
  const w = world.wait<any>(reason);
  const entries: [Chan, Waiter[], Waiter][] = [];
  for (let i = 0; i < n; i++) {
    const k = cases[i]!;
    if (k.c === null) continue;
    const wt: Waiter = { w, sel: i, v: k.v };
    const q = k.dir === 's' ? k.c.sendq : k.c.recvq;
    q.push(wt);
    entries.push([k.c, q, wt]);
  }
  const o = yield* w.park();
  for (const [, q, wt] of entries) { const j = q.indexOf(wt); if (j >= 0) q.splice(j, 1); }
  if (o.kind !== 'woken') return { i: -1 };
  const r = o.value as SelectResult & { closed?: boolean };
  if (r.closed) throw runtimePanic('send on closed channel', false, true);
  return r;
}
