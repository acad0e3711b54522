// Runs checkProgram in a worker thread so a hang in our compiler or runtime is reported, not waited on.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Verdict } from './check-program.ts';

/** IsolatedChecker checks programs one at a time in a worker, restarting it after a timeout. */
export class IsolatedChecker {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private seq = 0;
  constructor(private readonly timeoutMs = 10_000) {}

  private boot(): Promise<void> {
    if (this.ready) return this.ready;
    const w = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
       const { tsImport } = require('tsx/esm/api');
       tsImport(workerData.module, workerData.parent).then((m) => {
         parentPort.on('message', async (msg) => parentPort.postMessage({ id: msg.id, verdict: await m.checkProgram(msg.source) }));
         parentPort.postMessage({ ready: true });
       }, (e) => parentPort.postMessage({ fatal: String(e && e.stack || e) }));`,
      { eval: true, workerData: { module: './check-program.ts', parent: pathToFileURL(join(import.meta.dirname, 'isolated.ts')).href } },
    );
    this.worker = w;
    this.ready = new Promise((resolve, reject) => {
      const on = (m: { ready?: boolean; fatal?: string }): void => {
        if (m.ready) { w.off('message', on); resolve(); }
        if (m.fatal) { w.off('message', on); reject(new Error(m.fatal)); }
      };
      w.on('message', on);
      w.once('error', reject);
    });
    return this.ready;
  }

  /** check returns the verdict for source, or an internal error when it takes longer than the timeout. */
  async check(source: string): Promise<Verdict> {
    await this.boot();
    const w = this.worker!;
    const id = ++this.seq;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        w.off('message', on);
        void w.terminate();
        this.worker = null;
        this.ready = null;
        resolve({ ok: false, why: `no result within ${this.timeoutMs} ms (hang in compile or run)` });
      }, this.timeoutMs);
      const on = (m: { id?: number; verdict?: Verdict }): void => {
        if (m.id !== id) return;
        clearTimeout(timer);
        w.off('message', on);
        resolve(m.verdict!);
      };
      w.on('message', on);
      w.postMessage({ id, source });
    });
  }

  /** close stops the worker. */
  async close(): Promise<void> {
    if (this.worker) await this.worker.terminate();
    this.worker = null;
    this.ready = null;
  }
}
