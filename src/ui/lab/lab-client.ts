/**
 * LabClient talks to the lab worker: one request at a time, each with a fresh id; replies to any other
 * id (a request the page gave up on) are dropped. Cancel terminates the worker and starts a new one,
 * since a running simulation does not read messages.
 */
import { isLabReply, type LabReply, type LabRequest } from '../../worker/lab-protocol.ts';

type Distribute<T> = T extends unknown ? Omit<T, 'id'> : never;
/** LabAsk is a request without its id (the client numbers them). */
export type LabAsk = Distribute<LabRequest>;
/** LabAnswer is a final reply (not progress). */
export type LabAnswer = Exclude<LabReply, { type: 'progress' }>;

/** LabClient runs requests on the lab worker. */
export class LabClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private current: { id: number; resolve: (a: LabAnswer | null) => void; onProgress?: (f: number) => void } | null = null;

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(new URL('../../worker/lab-worker.ts', import.meta.url), { type: 'module', name: 'lab' });
    w.onmessage = (e: MessageEvent<unknown>) => this.receive(e.data);
    w.onerror = (e) => {
      const c = this.current;
      if (!c) return;
      this.current = null;
      c.resolve({ id: c.id, type: 'error', message: `the lab worker failed: ${e.message || 'unknown error'}` });
    };
    this.worker = w;
    return w;
  }

  private receive(data: unknown): void {
    if (!isLabReply(data)) return;
    const c = this.current;
    if (!c || data.id !== c.id) return; // a stale reply: its request was cancelled or replaced
    if (data.type === 'progress') {
      c.onProgress?.(data.fraction);
      return;
    }
    this.current = null;
    c.resolve(data);
  }

  /** busy says whether a request is in flight. */
  get busy(): boolean {
    return this.current !== null;
  }

  /** ask sends a request (cancelling any in flight) and resolves with its answer, or null if it was cancelled. */
  ask(req: LabAsk, onProgress?: (fraction: number) => void): Promise<LabAnswer | null> {
    if (this.current) this.cancel();
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.current = { id, resolve, onProgress };
      this.ensure().postMessage({ ...req, id } as LabRequest);
    });
  }

  /** cancel stops the request in flight: the worker is terminated (a new one starts on the next ask). */
  cancel(): void {
    const c = this.current;
    this.current = null;
    this.worker?.terminate();
    this.worker = null;
    c?.resolve(null);
  }
}
