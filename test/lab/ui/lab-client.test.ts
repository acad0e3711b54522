import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LabClient } from '../../../src/ui/lab/lab-client';
import type { LabRequest } from '../../../src/worker/lab-protocol';

// A stand-in for the browser's Worker: records what the page posts and lets the test answer.
class FakeWorker {
  static all: FakeWorker[] = [];
  posted: LabRequest[] = [];
  terminated = false;
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: { message: string }) => void) | null = null;
  constructor() { FakeWorker.all.push(this); }
  postMessage(m: LabRequest) { this.posted.push(m); }
  terminate() { this.terminated = true; }
  reply(data: unknown) { this.onmessage?.({ data }); }
}

const g = globalThis as unknown as { Worker?: unknown };
let saved: unknown;
beforeEach(() => { saved = g.Worker; g.Worker = FakeWorker; FakeWorker.all = []; });
afterEach(() => { g.Worker = saved; });

const config = {} as never;

describe('LabClient', () => {
  it('numbers requests, passes progress on and resolves with the reply to its own id', async () => {
    const c = new LabClient();
    const progress: number[] = [];
    const p = c.ask({ type: 'run', config }, (f) => progress.push(f));
    const w = FakeWorker.all[0];
    const id = w.posted[0].id;
    w.reply({ id, type: 'progress', fraction: 0.25 });
    w.reply({ id, type: 'error', message: 'durationSec: too long' });
    expect(await p).toEqual({ id, type: 'error', message: 'durationSec: too long' });
    expect(progress).toEqual([0.25]);
    expect(c.busy).toBe(false);
  });

  it('drops replies to a request it replaced, and answers the new one only', async () => {
    const c = new LabClient();
    const first = c.ask({ type: 'run', config });
    const second = c.ask({ type: 'run', config });
    expect(await first).toBeNull();
    // asking again cancelled the first: its worker was terminated and a new one took the second request
    expect(FakeWorker.all[0].terminated).toBe(true);
    const w = FakeWorker.all[1];
    const [old, cur] = [FakeWorker.all[0].posted[0].id, w.posted[0].id];
    expect(cur).not.toBe(old);
    w.reply({ id: old, type: 'error', message: 'stale' });
    w.reply({ id: cur, type: 'progress', fraction: 1 });
    expect(c.busy).toBe(true);
    w.reply({ id: cur, type: 'error', message: 'fresh' });
    expect(await second).toMatchObject({ message: 'fresh' });
  });

  it('cancel terminates the worker, resolves with null, and the next request gets a new worker', async () => {
    const c = new LabClient();
    const p = c.ask({ type: 'run', config });
    c.cancel();
    expect(await p).toBeNull();
    expect(FakeWorker.all[0].terminated).toBe(true);
    void c.ask({ type: 'run', config });
    expect(FakeWorker.all).toHaveLength(2);
  });

  it('turns a worker crash into an error reply', async () => {
    const c = new LabClient();
    const p = c.ask({ type: 'run', config });
    FakeWorker.all[0].onerror?.({ message: 'out of memory' });
    expect(await p).toMatchObject({ type: 'error', message: 'the lab worker failed: out of memory' });
  });

  it('ignores messages that are not replies', async () => {
    const c = new LabClient();
    const p = c.ask({ type: 'run', config });
    const w = FakeWorker.all[0];
    w.reply('hello');
    w.reply({ type: 'run' });
    expect(c.busy).toBe(true);
    w.reply({ id: w.posted[0].id, type: 'error', message: 'x' });
    await p;
  });
});
