/**
 * RunnerClient talks to the runner worker: one request at a time, each with a fresh id; replies to any
 * other id are dropped as stale. A watchdog terminates and replaces a worker that sends nothing (no
 * progress, no answer) for `watchdogMs`, and answers the request with an error the learner can read.
 */
import { isRunnerReply, type RunnerReply, type RunnerRequest } from '../../worker/runner-protocol.ts';

type Distribute<T> = T extends unknown ? Omit<T, 'id'> : never;
/** RunnerAsk is a request without its id (the client numbers them). */
export type RunnerAsk = Distribute<Exclude<RunnerRequest, { type: 'warm' }>>;
/** RunnerWarm is a warm-up request without its id. */
export type RunnerWarm = Omit<Extract<RunnerRequest, { type: 'warm' }>, 'id'>;
/** RunnerAnswer is a final reply (not progress); `watchdog` marks the error the watchdog made. */
export type RunnerAnswer = Exclude<RunnerReply, { type: 'progress' | 'warm' }> & { watchdog?: boolean };

/** WorkerLike is the part of Worker the client uses (tests pass a fake). */
export interface WorkerLike {
  postMessage(m: unknown): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<unknown>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

/** RunnerClientOptions: the worker factory and the watchdog's silence limit. */
export interface RunnerClientOptions {
  create: () => WorkerLike;
  watchdogMs: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (t: unknown) => void;
}

/** RunnerClient runs requests on the runner worker. */
export class RunnerClient {
  private worker: WorkerLike | null = null;
  private nextId = 1;
  private timer: unknown = null;
  private current: { id: number; resolve: (a: RunnerAnswer | null) => void; onProgress?: (done: number, total: number) => void } | null = null;
  private warming: { id: number; resolve: (ready: boolean) => void } | null = null;
  /** restarts counts the workers the watchdog replaced. */
  restarts = 0;

  constructor(private readonly opts: RunnerClientOptions) {}

  private ensure(): WorkerLike {
    if (this.worker) return this.worker;
    const w = this.opts.create();
    w.onmessage = (e) => this.receive(e.data);
    w.onerror = (e) => {
      e.preventDefault?.();
      this.finish({ id: this.current?.id ?? 0, type: 'error', message: `the runner failed: ${e.message || 'unknown error'}` });
      this.drop();
    };
    this.worker = w;
    return w;
  }

  private arm(): void {
    const clear = this.opts.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
    const set = this.opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    if (this.timer !== null) clear(this.timer);
    this.timer = this.current ? set(() => this.bark(), this.opts.watchdogMs) : null;
  }

  /** drop terminates the worker; a warm-up in flight ends unfinished. */
  private drop(): void {
    this.worker?.terminate();
    this.worker = null;
    const w = this.warming;
    this.warming = null;
    w?.resolve(false);
  }

  private bark(): void {
    const c = this.current;
    if (!c) return;
    this.drop();
    this.restarts++;
    const secs = Math.round(this.opts.watchdogMs / 100) / 10;
    this.finish({ id: c.id, type: 'error', watchdog: true, message: `The runner did not answer for ${secs} s, so it was stopped and a fresh one started. Your program may loop without end or do far too much work; your code is unchanged.` });
  }

  private finish(a: RunnerAnswer): void {
    const c = this.current;
    if (!c) return;
    this.current = null;
    this.arm();
    c.resolve(a);
  }

  private receive(data: unknown): void {
    if (!isRunnerReply(data)) return;
    if (data.type === 'warm' || (data.type === 'error' && data.id === this.warming?.id)) {
      const w = this.warming;
      if (!w || data.id !== w.id) return;
      this.warming = null;
      w.resolve(data.type === 'warm' && !data.stopped);
      return;
    }
    const c = this.current;
    if (!c || data.id !== c.id) return; // stale: its request was cancelled, replaced or timed out
    if (data.type === 'progress') {
      this.arm();
      c.onProgress?.(data.done, data.total);
      return;
    }
    this.finish(data);
  }

  /** busy says whether a request is in flight. */
  get busy(): boolean {
    return this.current !== null;
  }

  /** ask sends a request (cancelling any in flight) and resolves with its answer, or null if cancelled. */
  ask(req: RunnerAsk, onProgress?: (done: number, total: number) => void): Promise<RunnerAnswer | null> {
    if (this.current) this.cancel();
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.current = { id, resolve, onProgress };
      this.arm();
      this.ensure().postMessage({ ...req, id } as RunnerRequest);
    });
  }

  /**
   * warm starts the worker and asks it to get ready while it is idle; it resolves true when the warm-up
   * finished, false when a request stopped it, the worker was replaced, or a request was already in flight.
   * A request sent meanwhile is not delayed: the worker stops warming when it arrives (no watchdog here,
   * as nobody waits; the request's own watchdog covers the worker).
   */
  warm(req: RunnerWarm): Promise<boolean> {
    if (this.current || this.warming) return Promise.resolve(false);
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.warming = { id, resolve };
      this.ensure().postMessage({ ...req, id } as RunnerRequest);
    });
  }

  /** cancel stops the request in flight: the worker is terminated (a new one starts on the next ask). */
  cancel(): void {
    const c = this.current;
    this.current = null;
    this.arm();
    this.drop();
    c?.resolve(null);
  }
}
