/// <reference lib="webworker" />
/**
 * lab-worker is the Pool Lab's Web Worker: it runs the lab simulation, the console (a re-run of the same
 * seed to the chosen instant, then SQL on the server) and the lab exercises' grading, posting progress
 * and one result or error per request. The page terminates it to cancel.
 */
import initSqlJs from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm.wasm?url';
import type { SqlJs } from '../mysql/sqljs-types.ts';
import { parseLabConfig } from '../lab/config.ts';
import { gradeAlerts } from '../lab/grade/alerts.ts';
import { gradeFinding } from '../lab/grade/finding.ts';
import { gradeSettings } from '../lab/grade/settings.ts';
import { runLab } from '../lab/service.ts';
import type { LabReply, LabRequest } from './lab-protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

let sqljs: Promise<SqlJs> | null = null;

function post(m: LabReply): void {
  self.postMessage(m);
}

async function handle(req: LabRequest): Promise<void> {
  const t0 = performance.now();
  let lastPost = 0;
  const onProgress = (fraction: number) => {
    const now = performance.now();
    if (now - lastPost < 50 && fraction < 1) return;
    lastPost = now;
    post({ id: req.id, type: 'progress', fraction });
  };
  if (req.type === 'run' || req.type === 'console') {
    const parsed = parseLabConfig(req.config);
    if (!parsed.ok) return post({ id: req.id, type: 'error', message: parsed.errors.join('\n') });
    if (req.type === 'run') {
      const run = runLab(parsed.config, { onProgress });
      return post({ id: req.id, type: 'run', run, wallMs: performance.now() - t0 });
    }
    sqljs ??= initSqlJs({ locateFile: () => wasmUrl });
    const run = runLab(parsed.config, { onProgress }, { untilNs: Math.round(req.atSec * 1e9), console: req.statements, sqljs: await sqljs });
    return post({ id: req.id, type: 'console', run, wallMs: performance.now() - t0 });
  }
  const report = req.exercise === 'settings' ? gradeSettings(req.answer, undefined, { onProgress })
    : req.exercise === 'finding' ? gradeFinding(req.seed, req.answer)
    : gradeAlerts(req.answer, req.seed, { onProgress });
  post({ id: req.id, type: 'grade', report, wallMs: performance.now() - t0 });
}

self.onmessage = (e: MessageEvent<LabRequest>) => {
  handle(e.data).catch((err: unknown) => {
    post({ id: e.data.id, type: 'error', message: err instanceof Error ? err.message : String(err) });
  });
};
