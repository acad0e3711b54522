import { describe, expect, it } from 'vitest';
import { RunnerClient, type WorkerLike } from '../../src/ui/workbench/runner-client.ts';

class FakeWorker implements WorkerLike {
  sent: { id: number; type: string }[] = [];
  terminated = false;
  onmessage: ((e: MessageEvent<unknown>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  postMessage(m: unknown): void { this.sent.push(m as { id: number; type: string }); }
  terminate(): void { this.terminated = true; }
  reply(data: unknown): void { this.onmessage?.({ data } as MessageEvent<unknown>); }
}

function setup() {
  const workers: FakeWorker[] = [];
  const timers = new Map<number, () => void>();
  let next = 1;
  const client = new RunnerClient({
    create: () => { const w = new FakeWorker(); workers.push(w); return w; },
    watchdogMs: 5000,
    setTimer: (fn) => { const id = next++; timers.set(id, fn); return id; },
    clearTimer: (t) => { timers.delete(t as number); },
  });
  const fire = () => { const all = [...timers.values()]; timers.clear(); all.forEach((f) => f()); };
  return { client, workers, timers, fire };
}

describe('runner client', () => {
  it('resolves with the reply to its own id and drops replies to other ids', async () => {
    const { client, workers } = setup();
    const p = client.ask({ type: 'run', source: 'package main', seed: 1 });
    const w = workers[0]!;
    const id = w.sent[0]!.id;
    w.reply({ id: id + 7, type: 'run', output: {}, wallMs: 1 });
    w.reply({ id, type: 'error', message: 'boom' });
    await expect(p).resolves.toEqual({ id, type: 'error', message: 'boom' });
    expect(client.busy).toBe(false);
  });

  it('drops a late reply to a request that a newer one replaced', async () => {
    const { client, workers } = setup();
    const first = client.ask({ type: 'run', source: 'a', seed: 1 });
    const second = client.ask({ type: 'check', slug: 'x', source: 'b', grading: '/g.json' });
    await expect(first).resolves.toBeNull();
    expect(workers[0]!.terminated).toBe(true);
    const w2 = workers[1]!;
    const id2 = w2.sent[0]!.id;
    w2.reply({ id: id2 - 1, type: 'run', output: {}, wallMs: 1 });
    expect(client.busy).toBe(true);
    w2.reply({ id: id2, type: 'check', report: {}, wallMs: 2 });
    await expect(second).resolves.toMatchObject({ id: id2, type: 'check' });
  });

  it('terminates a silent worker, answers with the watchdog error and starts a fresh worker next time', async () => {
    const { client, workers, fire } = setup();
    const p = client.ask({ type: 'run', source: 'for {}', seed: 1 });
    fire();
    const a = await p;
    expect(a).toMatchObject({ type: 'error', watchdog: true });
    expect(a && a.type === 'error' ? a.message : '').toMatch(/did not answer for 5 s, so it was stopped and a fresh one started/);
    expect(workers[0]!.terminated).toBe(true);
    expect(client.restarts).toBe(1);
    void client.ask({ type: 'run', source: 'package main', seed: 1 });
    expect(workers).toHaveLength(2);
  });

  it('counts progress as a sign of life: the watchdog restarts its wait on each progress message', async () => {
    const { client, workers, timers } = setup();
    const seen: string[] = [];
    const p = client.ask({ type: 'check', slug: 'x', source: 's', grading: '/g.json' }, (d, t) => seen.push(`${d}/${t}`));
    const w = workers[0]!;
    const id = w.sent[0]!.id;
    const before = [...timers.keys()];
    w.reply({ id, type: 'progress', done: 1, total: 3 });
    expect([...timers.keys()]).not.toEqual(before);
    expect(timers.size).toBe(1);
    w.reply({ id, type: 'check', report: {}, wallMs: 3 });
    await p;
    expect(seen).toEqual(['1/3']);
    expect(timers.size).toBe(0);
  });

  it('turns a worker crash into an error answer', async () => {
    const { client, workers } = setup();
    const p = client.ask({ type: 'run', source: 'x', seed: 1 });
    workers[0]!.onerror?.({ message: 'out of memory', preventDefault() {} } as ErrorEvent);
    await expect(p).resolves.toMatchObject({ type: 'error', message: 'the runner failed: out of memory' });
    expect(workers[0]!.terminated).toBe(true);
  });

  it('warms the idle worker and a request sent during the warm-up goes to the same worker, not a fresh one', async () => {
    const { client, workers, timers } = setup();
    const warm = client.warm({ type: 'warm', slug: 'x', source: 'starter', grading: '/g.json' });
    const w = workers[0]!;
    const warmId = w.sent[0]!.id;
    expect(w.sent[0]).toMatchObject({ type: 'warm', source: 'starter' });
    expect(timers.size).toBe(0); // nobody waits on a warm-up: no watchdog
    const check = client.ask({ type: 'check', slug: 'x', source: 'mine', grading: '/g.json' });
    expect(workers).toHaveLength(1);
    expect(w.terminated).toBe(false);
    const checkId = w.sent[1]!.id;
    w.reply({ id: warmId, type: 'warm', wallMs: 5, stopped: true });
    await expect(warm).resolves.toBe(false);
    expect(client.busy).toBe(true);
    w.reply({ id: checkId, type: 'check', report: {}, wallMs: 2 });
    await expect(check).resolves.toMatchObject({ id: checkId, type: 'check' });
  });

  it('reports a finished warm-up as ready and does not warm while a request is in flight', async () => {
    const { client, workers } = setup();
    const warm = client.warm({ type: 'warm' });
    const w = workers[0]!;
    w.reply({ id: w.sent[0]!.id, type: 'warm', wallMs: 5, stopped: false });
    await expect(warm).resolves.toBe(true);
    void client.ask({ type: 'run', source: 'x', seed: 1 });
    await expect(client.warm({ type: 'warm' })).resolves.toBe(false);
    expect(w.sent.map((m) => m.type)).toEqual(['warm', 'run']);
  });

  it('ends a warm-up unfinished when the worker fails or is replaced, and a warm-up error is not an answer to a request', async () => {
    const { client, workers, fire } = setup();
    const warm = client.warm({ type: 'warm', grading: '/missing.json', source: 's' });
    const w = workers[0]!;
    w.reply({ id: w.sent[0]!.id, type: 'error', message: 'the exercise\'s grading data could not be loaded' });
    await expect(warm).resolves.toBe(false);
    const again = client.warm({ type: 'warm' });
    const run = client.ask({ type: 'run', source: 'for {}', seed: 1 });
    fire();
    await expect(run).resolves.toMatchObject({ type: 'error', watchdog: true });
    await expect(again).resolves.toBe(false);
    expect(w.terminated).toBe(true);
  });
});
