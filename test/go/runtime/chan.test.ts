import { describe, expect, it } from 'vitest';
import { World } from '../../../src/sim/world.ts';
import { Chan, close, recv, select, send } from '../../../src/go/runtime/chan.ts';
import { GoPanic, RuntimeError } from '../../../src/go/runtime/panic.ts';
import '../../../src/go/runtime/runtime.ts';

const z = () => 0;

describe('channels on sim tasks', () => {
  it('hands a value to a waiting receiver without blocking the sender', () => {
    const w = new World({ seed: 1 });
    const c = new Chan(0, z);
    const got: unknown[] = [];
    w.spawn('recv', function* () { got.push(yield* recv(w, c)); });
    w.spawn('send', function* () { yield* send(w, c, 42); got.push('sent'); });
    expect(w.run().kind).toBe('done');
    expect(got).toEqual(['sent', [42, true]]);
  });
  it('buffers up to cap without blocking, then blocks the sender', () => {
    const w = new World({ seed: 1 });
    const c = new Chan(2, z);
    const log: string[] = [];
    w.spawn('send', function* () { for (let i = 0; i < 3; i++) { yield* send(w, c, i); log.push(`sent ${i}`); } });
    const r = w.run();
    expect(log).toEqual(['sent 0', 'sent 1']);
    expect(r.kind).toBe('deadlock');
    if (r.kind === 'deadlock') expect(r.blocked[0]!.reason).toBe('chan send');
  });
  it('receives zero, false from a closed channel and panics on send', () => {
    const w = new World({ seed: 1 });
    const c = new Chan(0, z);
    close(c);
    let res: unknown;
    let err: unknown;
    w.spawn('t', function* () { res = yield* recv(w, c); try { yield* send(w, c, 1); } catch (e) { err = e; } });
    w.run();
    expect(res).toEqual([0, false]);
    expect(((err as GoPanic).value!.v as RuntimeError).Error()).toBe('send on closed channel');
    expect(() => close(c)).toThrow(GoPanic);
  });
  it('select takes the default case when nothing is ready and a ready case otherwise', () => {
    const w = new World({ seed: 1 });
    const a = new Chan(1, z), b = new Chan(1, z);
    const out: unknown[] = [];
    w.spawn('t', function* () {
      out.push((yield* select(w, w.rng, [{ c: a, dir: 'r' }, { c: b, dir: 'r' }], true)).i);
      yield* send(w, b, 7);
      out.push(yield* select(w, w.rng, [{ c: a, dir: 'r' }, { c: b, dir: 'r' }], false));
    });
    w.run();
    expect(out).toEqual([-1, { i: 1, v: 7, ok: true }]);
  });
  it('a blocked select is woken by a later send and leaves no waiter behind', () => {
    const w = new World({ seed: 1 });
    const a = new Chan(0, z), b = new Chan(0, z);
    const out: unknown[] = [];
    w.spawn('sel', function* () { out.push(yield* select(w, w.rng, [{ c: a, dir: 'r' }, { c: b, dir: 'r' }], false)); });
    w.spawn('snd', function* () { yield* send(w, b, 'x'); });
    expect(w.run().kind).toBe('done');
    expect(out).toEqual([{ i: 1, v: 'x', ok: true }]);
    expect(a.recvq.length + b.recvq.length).toBe(0);
  });
});
