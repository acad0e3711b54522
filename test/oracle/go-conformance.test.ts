// The conformance ratchet over Go's own test directory (read from /usr/lib/go-1.23/test, never copied):
// the 552 `// run` candidates of go-runtime-research.md §7, each run with our runtime and compared with
// its .out file (or empty output) and exit status 0, as Go's test runner does. Failures are listed by
// category in conformance-known-failures.json; the run fails when an unlisted program fails or a listed
// one passes, so the list only shrinks. Rewrite it with LEAKPROOF_UPDATE_CONFORMANCE=1.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';

const GOROOT_TEST = process.env.LEAKPROOF_GOROOT_TEST ?? '/usr/lib/go-1.23/test';
const KNOWN_FILE = join(import.meta.dirname, 'conformance-known-failures.json');
const UPDATE = process.env.LEAKPROOF_UPDATE_CONFORMANCE === '1';
const PER_PROGRAM_MS = 30_000;

// Selection rule (research §7, reproduced: 552 with fixedbugs 396, top level 74, abi 31, ken 28, chan 12,
// interface 10, dwarf 1): the test runner's directories minus the generics-only ones; action exactly
// `run` (no flags or arguments) on the first line that is not a build constraint; imports only from the
// packages below; no type parameter lists; the words complex/complex64/complex128 and goto nowhere in the
// file (comments included).
const DIRS = ['.', 'ken', 'chan', 'interface', 'syntax', 'dwarf', 'fixedbugs', 'codegen', 'runtime', 'abi', 'arenas'];
const ALLOWED = new Set(['fmt', 'errors', 'strings', 'strconv', 'time', 'sync', 'context', 'os', 'sort', 'math', 'unicode/utf8', 'log', 'sync/atomic']);

function action(src: string): string {
  for (const line of src.split('\n')) {
    if (/^\/\/go:build|^\/\/ \+build/.test(line)) continue;
    const a = line.replace(/^\/\//, '').trim();
    if (a !== '') return a;
  }
  return '';
}

function imports(src: string): string[] {
  const out: string[] = [];
  for (const m of src.matchAll(/^import\s*\(([\s\S]*?)\)|^import\s+(?:[\w.]+\s+)?"([^"]+)"/gm)) {
    if (m[2]) out.push(m[2]);
    else for (const q of m[1].matchAll(/"([^"]+)"/g)) out.push(q[1]);
  }
  return out;
}

function candidates(): string[] {
  const out: string[] = [];
  for (const d of DIRS) {
    const dir = join(GOROOT_TEST, d);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith('.go')) continue;
      const src = readFileSync(join(dir, f), 'utf8');
      if (action(src) !== 'run') continue;
      if (!imports(src).every((i) => ALLOWED.has(i))) continue;
      const code = src.replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
      const generic = /\bfunc\s+(\([^)]*\)\s*)?\w+\s*\[/.test(code) || /\btype\s+\w+\s*\[\s*\w+\s+[\w~|\[\]*.]+/.test(code);
      if (generic || /\bcomplex(64|128)?\b/.test(src) || /\bgoto\b/.test(src)) continue;
      out.push(d === '.' ? f : `${d}/${f}`);
    }
  }
  return out;
}

type Category = 'internal-error' | 'hang' | 'compile-error' | 'budget' | 'runtime-failure' | 'wrong-output';
type Outcome = { pass: true } | { pass: false; category: Category; detail: string };

/** A worker that loads our runtime through tsx and runs one program per message. */
function startWorker(): Worker {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const { tsImport } = require('tsx/esm/api');
    (async () => {
      const m = await tsImport(workerData.runOurs, workerData.parent);
      const runtime = await m.loadRuntime();
      parentPort.on('message', (msg) => {
        if (!runtime) return parentPort.postMessage({ id: msg.id, unavailable: m.runtimeLoadError() });
        parentPort.postMessage({ id: msg.id, result: m.runOurs(runtime, msg.source) });
      });
      parentPort.postMessage({ ready: true });
    })().catch((e) => parentPort.postMessage({ fatal: String(e && e.stack || e) }));
  `;
  return new Worker(code, {
    eval: true,
    workerData: { runOurs: '../go/golden/run-ours.ts', parent: pathToFileURL(join(import.meta.dirname, 'go-conformance.test.ts')).href },
  });
}

class Runner {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private seq = 0;
  private boot(): Promise<void> {
    if (this.ready) return this.ready;
    this.worker = startWorker();
    const w = this.worker;
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
  async run(source: string): Promise<{ result?: any; unavailable?: string; hang?: boolean }> {
    await this.boot();
    const w = this.worker!;
    const id = ++this.seq;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        w.off('message', on);
        void w.terminate();
        this.worker = null;
        this.ready = null;
        resolve({ hang: true });
      }, PER_PROGRAM_MS);
      const on = (m: { id?: number }): void => {
        if (m.id !== id) return;
        clearTimeout(timer);
        w.off('message', on);
        resolve(m as { result?: unknown; unavailable?: string });
      };
      w.on('message', on);
      w.postMessage({ id, source });
    });
  }
  async close(): Promise<void> {
    if (this.worker) await this.worker.terminate();
  }
}

function judge(file: string, r: { result?: any; unavailable?: string; hang?: boolean }): Outcome {
  if (r.hang) return { pass: false, category: 'hang', detail: `no result within ${PER_PROGRAM_MS / 1000}s` };
  if (r.unavailable) return { pass: false, category: 'internal-error', detail: `runtime unavailable: ${r.unavailable}` };
  const res = r.result;
  if (res.kind === 'internal') return { pass: false, category: 'internal-error', detail: res.error.split('\n')[0] };
  const outFile = join(GOROOT_TEST, file.replace(/\.go$/, '.out'));
  const want = existsSync(outFile) ? readFileSync(outFile, 'utf8') : '';
  const got = res.stdout + res.stderr;
  if (res.exit === 1 && res.stdout === '' && /^main\.go:\d+:\d+: /.test(res.stderr)) {
    return { pass: false, category: 'compile-error', detail: res.stderr.split('\n')[0] };
  }
  if (res.outcome === 'steps' || res.outcome === 'output' || res.outcome === 'stack') {
    return { pass: false, category: 'budget', detail: res.outcome };
  }
  if (res.exit !== 0) return { pass: false, category: 'runtime-failure', detail: `exit ${res.exit}: ${res.stderr.split('\n')[0]}` };
  if (got !== want) return { pass: false, category: 'wrong-output', detail: `output differs from ${existsSync(outFile) ? 'the .out file' : 'empty'}` };
  return { pass: true };
}

type KnownFile = { summary: string } & Partial<Record<Category, Record<string, string>>>;

function readKnown(): Map<string, Category> {
  const known = new Map<string, Category>();
  if (!existsSync(KNOWN_FILE)) return known;
  const data = JSON.parse(readFileSync(KNOWN_FILE, 'utf8')) as KnownFile;
  for (const [cat, files] of Object.entries(data)) {
    if (cat === 'summary') continue;
    for (const f of Object.keys(files as Record<string, string>)) known.set(f, cat as Category);
  }
  return known;
}

const files = existsSync(GOROOT_TEST) ? candidates() : [];
const known = readKnown();
const outcomes = new Map<string, Outcome>();
const runner = new Runner();

afterAll(async () => {
  await runner.close();
  const passed = [...outcomes.values()].filter((o) => o.pass).length;
  const byCat: Record<string, number> = {};
  for (const o of outcomes.values()) if (!o.pass) byCat[o.category] = (byCat[o.category] ?? 0) + 1;
  const summary = `${passed}/${files.length} GOROOT/test candidates pass`;
  console.log(`conformance: ${summary}; failures by category: ${JSON.stringify(byCat)}`);
  if (UPDATE && outcomes.size === files.length) {
    const data: KnownFile = { summary };
    for (const [f, o] of [...outcomes].sort(([a], [b]) => a.localeCompare(b))) {
      if (o.pass) continue;
      (data[o.category] ??= {})[f] = o.detail;
    }
    writeFileSync(KNOWN_FILE, JSON.stringify(data, null, 1) + '\n');
    console.log(`rewrote ${KNOWN_FILE}`);
  }
});

describe('GOROOT/test conformance ratchet', () => {
  it('finds the 552 candidate programs in Go 1.23\'s test directory', () => {
    expect(existsSync(GOROOT_TEST), `${GOROOT_TEST} missing: install golang-1.23-src (scripts/install-system-deps.sh)`).toBe(true);
    expect(files.length).toBe(552);
  });

  it('lists only candidate programs as known failures', () => {
    const set = new Set(files);
    expect([...known.keys()].filter((k) => !set.has(k))).toEqual([]);
  });

  it.each(files)('%s', async (file) => {
    const source = readFileSync(join(GOROOT_TEST, file), 'utf8');
    const outcome = judge(file, await runner.run(source));
    outcomes.set(file, outcome);
    if (UPDATE) return;
    if (known.has(file)) {
      // a 'hang' is "no result within the time limit": wall time on a shared machine, not a stable outcome,
      // so a listed hang that finishes in time is not proof that it always will
      if (known.get(file) === 'hang') return;
      expect(outcome.pass, `${file} passes now: remove it from conformance-known-failures.json`).toBe(false);
    } else {
      expect(outcome.pass ? '' : `${(outcome as { category: string }).category}: ${(outcome as { detail: string }).detail}`).toBe('');
    }
  });
});
