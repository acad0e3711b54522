// bench:go counts a part that loads on demand — Go's float formatting (`go:float`) and its rare forms (`go:floatx`:
// binary, hexadecimal, a fixed precision other than %f's, the # flag), time.Time's formatting and time.ParseDuration
// (`go:timefmt`), time's timers (`go:timers`) — for a course program only when its detector names it at `prepare`; a part a program needs that
// its detector misses would load late, uncounted. This runs, with the parts instrumented, every course program as
// its Run button does, and every exercise's starter and solution under every seed of every grading scenario (as a
// Check runs them), and checks that every program that used a part is one its detector flags: then the bench's
// figure for each course program is what the site makes it download. (No detector names `go:floatx`: this checks
// that no course program needs it.)
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXERCISES_DIR, readExerciseFiles } from '../../../src/cli/exercise-files.ts';
import { loadSqlJs } from '../../../src/cli/sim-stack.ts';
import { floatDetector } from '../../../src/go/std/format/float-detect.ts';
import { floatHook } from '../../../src/go/std/format/float-hook.ts';
import { runLessonProgram } from '../../../src/go/std/sql/lesson-run.ts';
import { timeDetector } from '../../../src/go/std/time-detect.ts';
import { timeHook } from '../../../src/go/std/time-hook.ts';
import { parseFiles } from '../../../src/go/syntax/index.ts';
import { createGoEngine } from '../../../src/grader/engine/go-engine.ts';
import { seedsOf } from '../../../src/grader/grade.ts';
import { loadExercise } from '../../../src/grader/loader.ts';
import type { SqlJs } from '../../../src/mysql/sqljs-types.ts';
import { exercisePrograms, lessonPrograms } from '../../../src/site/course-programs.ts';

const ROOT = join(import.meta.dirname, '../../..');
const fullFloat = { ...floatHook };
const fullTime = { ...timeHook };
/** used counts the calls into each part since the last reset. */
const used = { float: 0, rare: 0, time: 0, timers: 0 };
let sqljs: SqlJs;

beforeAll(async () => {
  sqljs = await loadSqlJs();
  floatHook.format = (...a) => { used.float++; return fullFloat.format!(...a); };
  floatHook.fmt = (...a) => { used.float++; return fullFloat.fmt!(...a); };
  floatHook.binary = (...a) => { used.rare++; return fullFloat.binary!(...a); };
  floatHook.exact = (...a) => { used.rare++; return fullFloat.exact!(...a); };
  floatHook.sharp = (...a) => { used.rare++; return fullFloat.sharp!(...a); };
  timeHook.format = (...a) => { used.time++; return fullTime.format!(...a); };
  timeHook.string = (...a) => { used.time++; return fullTime.string!(...a); };
  timeHook.parseDuration = (...a) => { used.time++; return fullTime.parseDuration!(...a); };
  // built for every run that imports time; a call of one of its functions is a use
  timeHook.timers = (...a) => Object.fromEntries(Object.entries(fullTime.timers!(...a)).map(([k, f]) => [k, (...x: unknown[]) => { used.timers++; return f(...x); }]));
});
afterAll(() => { Object.assign(floatHook, fullFloat); Object.assign(timeHook, fullTime); });

/** missedBy lists the parts the program used (since the last reset) that its detectors do not name. */
function missedBy(text: string): string[] {
  const files = parseFiles([{ name: 'main.go', text }]).files;
  const out: string[] = [];
  if (used.float > 0 && !floatDetector(files).includes('go:float')) out.push('go:float');
  if (used.rare > 0 && !floatDetector(files).includes('go:floatx')) out.push('go:floatx');
  if (used.time > 0 && !timeDetector(files).includes('go:timefmt')) out.push('go:timefmt');
  if (used.timers > 0 && !timeDetector(files).includes('go:timers')) out.push('go:timers');
  return out;
}
const reset = () => { used.float = 0; used.rare = 0; used.time = 0; used.timers = 0; };

describe('the detectors of the parts loaded on demand, against what course programs use', () => {
  it('flag every course program whose Run formats a float or a time', () => {
    const programs = [
      ...exercisePrograms(ROOT).map((p) => ({ key: `${p.slug}/${p.file}`, text: p.text, setup: undefined as string | undefined })),
      ...lessonPrograms(ROOT).filter((p) => p.wrapped).map((p) => ({ key: `${p.file} ${p.title ?? ''}`, text: p.code + '\n', setup: p.setup })),
    ];
    expect(programs.length).toBeGreaterThan(40);
    const floats: string[] = [];
    const missed: string[] = [];
    for (const p of programs) {
      reset();
      const r = runLessonProgram(sqljs, p.text, { seed: 1, setup: p.setup, maxSteps: 20_000_000, maxOutputBytes: 64 * 1024 });
      expect(r.diagnostics, p.key).toEqual([]);
      if (used.float > 0) floats.push(p.key);
      for (const k of missedBy(p.text)) missed.push(`${p.key}: ${k}`);
    }
    expect(missed).toEqual([]);
    // the instrument sees formatting at all (the capstone prints totals with %.2f)
    expect(floats.some((k) => k.startsWith('15-capstone.mdx'))).toBe(true);
  }, 120_000);

  it('flag every exercise program that formats a float or a time under any seed of any grading scenario', async () => {
    const engine = createGoEngine(sqljs);
    const slugs = readdirSync(EXERCISES_DIR).filter((s) => existsSync(join(EXERCISES_DIR, s, 'starter.go'))).sort();
    expect(slugs.length).toBeGreaterThan(5);
    const missed: string[] = [];
    let runs = 0;
    for (const slug of slugs) {
      const files = await readExerciseFiles(slug);
      const r = files && loadExercise(files);
      if (!r || !r.ok) throw new Error(`${slug} does not load`);
      const ex = r.exercise;
      for (const [name, text] of [['starter.go', ex.starter], ['solution.go', ex.solution]] as const) {
        const c = engine.compile([{ name: 'main.go', text }]);
        if (!c.ok) throw new Error(`${slug}/${name} does not compile`);
        reset();
        for (const scenario of ex.scenarios) for (const seed of seedsOf(scenario)) { engine.run(c.program, ex, scenario, seed); runs++; }
        for (const k of missedBy(text)) missed.push(`${slug}/${name}: ${k}`);
      }
    }
    expect(runs).toBeGreaterThan(50);
    expect(missed).toEqual([]);
  }, 300_000);
});
