// The Go runtime as the browser worker gets it: bundled with each `X.eager.ts` swapped for `X.lazy.ts`, the
// compiler's property names mangled (src/go/mangle-props.ts) and code splitting on (esbuild here, rolldown in the
// site: same swap and mangling, src/go/split-build.ts), so every standard-library package is a chunk loaded by
// `prepare`. Each course program, prepared and run in a fresh copy of that
// bundle, gives what the eager runtime gives; the goldens give their recorded results through it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSplitBundle, type SplitInstance } from './split-bundle.ts';
import { compile as compileEager, formatDiagnostic as formatEager } from '../../src/go/index.ts';
import { runLessonProgram as runEager } from '../../src/go/std/sql/lesson-run.ts';
import { exercisePrograms, lessonPrograms } from '../../src/site/course-programs.ts';
import { GOLDEN_DIR, listGoldens, parseBlock, splitGolden } from './golden/golden-file.ts';
import { readKnownFailures } from './golden/known-failures.ts';
import { diffResult, runOurs } from './golden/run-ours.ts';

const ROOT = join(import.meta.dirname, '../..');
type Instance = SplitInstance;

const { fresh, sqljs } = useSplitBundle('lazy-split');

/** withLateKeys is the browser worker's retry (src/worker/runner-worker.ts): when a compile needed a part that loads on demand, load it and do the work again. */
async function withLateKeys<T>(inst: Instance, work: () => T): Promise<T> {
  const before = inst.late.lateCount();
  const first = work();
  if (inst.late.lateCount() === before) return first;
  await inst.lazy.loadKeys(inst.late.lateKeys());
  const loaded = inst.late.lateCount();
  const again = work();
  expect(inst.late.lateCount()).toBe(loaded);
  return again;
}

const main = (text: string) => [{ name: 'main.go', text }];
const FMT_ONLY = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Printf("%05.1f|%q\\n", 3.14159, "hi")\n}\n';
const RAND = 'package main\n\nimport (\n\t"fmt"\n\t"math/rand"\n)\n\nfunc main() {\n\tr := rand.New(rand.NewSource(42))\n\tfmt.Println(r.Intn(100), r.Intn(100))\n}\n';

describe('the split runtime, as the browser worker loads it', () => {
  it('knows no standard package before prepare: an import of one is a diagnostic, not a JavaScript error', async () => {
    const { go } = await fresh();
    const c = go.compile(main('package main\n\nimport "strings"\n\nfunc main() { _ = strings.ToUpper("a") }\n'));
    expect(c.ok).toBe(false);
    if (!c.ok) expect(c.diagnostics.map(go.formatDiagnostic)).toEqual(['main.go:3:8: not supported in this course runtime: package strings']);
  });

  it('loads nothing more for a program importing fmt (its group is in the entry), and not math/rand', async () => {
    const { go, lazy } = await fresh();
    expect(lazy.isPending('std:fmt')).toBe(false);
    await go.prepare(main(FMT_ONLY));
    // its floats load Go's float formatting (src/go/std/format/float.ts), nothing of fmt's group
    expect(lazy.loadedKeys()).toEqual(['go:float']);
    const c = go.compile(main(FMT_ONLY));
    if (!c.ok) throw new Error(c.diagnostics.map(go.formatDiagnostic).join('\n'));
    expect(go.runProgram(c.program).stdout).toBe('003.1|"hi"\n');
    expect(lazy.isPending('std:math/rand')).toBe(true);
  });

  it('loads math/rand for a program importing it, and gives Go\'s seeded sequence', async () => {
    const { go, lazy } = await fresh();
    await go.prepare(main(RAND));
    expect(lazy.loadedKeys()).toContain('std:math/rand');
    const c = go.compile(main(RAND));
    if (!c.ok) throw new Error(c.diagnostics.map(go.formatDiagnostic).join('\n'));
    // real Go 1.23: rand.New(rand.NewSource(42)).Intn(100) twice
    expect(go.runProgram(c.program).stdout).toBe('5 87\n');
  });

  it('runs every course program, each prepared in a fresh copy, as the eager runtime runs it', async () => {
    const programs = coursePrograms();
    expect(programs.length).toBeGreaterThan(40);
    const diffs: string[] = [];
    for (const p of programs) {
      const opts = { seed: 1, setup: p.setup, maxSteps: 20_000_000, maxOutputBytes: 64 * 1024 };
      const want = runEager(sqljs(), p.text, opts);
      const inst = await fresh();
      await inst.go.prepare(main(p.text));
      const got = await withLateKeys(inst, () => inst.lesson.runLessonProgram(sqljs(), p.text, opts));
      const pick = (r: typeof want) => ({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, outcome: r.outcome, diagnostics: r.diagnostics, events: r.events.length });
      if (JSON.stringify(pick(got)) !== JSON.stringify(pick(want))) diffs.push(`${p.key}: ${JSON.stringify(pick(got)).slice(0, 300)} != ${JSON.stringify(pick(want)).slice(0, 300)}`);
    }
    expect(diffs).toEqual([]);
  }, 180_000);

  it('compiles every program with errors (goldens, exercises\' mistakes) through the retry to exactly the eager build\'s diagnostics', async () => {
    const sources = listGoldens().map((g) => splitGolden(readFileSync(join(GOLDEN_DIR, g), 'utf8')).source);
    for (const p of exercisePrograms(ROOT, { mistakes: true })) if (p.file.startsWith('mistakes/')) sources.push(p.text);
    const eager = (text: string) => { const c = compileEager(main(text)); return c.ok ? [] : c.diagnostics.map(formatEager); };
    const failing = sources.filter((t) => eager(t).length > 0);
    expect(failing.length).toBeGreaterThan(50);
    const inst = await fresh();
    expect(inst.lazy.isPending('go:diag')).toBe(true);
    const start = inst.late.lateCount();
    const wrong: string[] = [];
    for (const text of failing) {
      await inst.go.prepare(main(text));
      const got = await withLateKeys(inst, () => { const c = inst.go.compile(main(text)); return c.ok ? [] : c.diagnostics.map(inst.go.formatDiagnostic); });
      const want = eager(text);
      if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${got.join(' | ')} != ${want.join(' | ')}`);
    }
    expect(wrong).toEqual([]);
    // the first program whose messages needed the chunk loaded it through the retry
    expect(inst.late.lateCount()).toBeGreaterThan(start);
    expect(inst.lazy.isPending('go:diag')).toBe(false);
  }, 120_000);

  it('gives every golden its recorded result (each prepared before it compiles, compiled again if it needed a late part)', async () => {
    const inst = await fresh();
    const { go } = inst;
    const known = readKnownFailures();
    const wrong: string[] = [];
    for (const g of listGoldens()) {
      const { source, block } = splitGolden(readFileSync(join(GOLDEN_DIR, g), 'utf8'));
      await go.prepare(main(source));
      const diff = diffResult(parseBlock(block ?? '// Output:'), await withLateKeys(inst, () => runOurs(go, source)));
      if ((diff === '') === known.has(g)) wrong.push(`${g}: ${diff || 'passes but is listed as a known failure'}`);
    }
    expect(wrong).toEqual([]);
  }, 120_000);
});

/** coursePrograms lists exercises' starters and solutions and the lessons' programs with a Run button (and their setups). */
function coursePrograms(): { key: string; text: string; setup?: string }[] {
  return [
    ...exercisePrograms(ROOT).map((p) => ({ key: `${p.slug}/${p.file}`, text: p.text })),
    ...lessonPrograms(ROOT).filter((p) => p.wrapped).map((p) => ({ key: `${p.file} ${p.title ?? '(untitled)'}`, text: p.code + '\n', ...(p.setup ? { setup: p.setup } : {}) })),
  ];
}
