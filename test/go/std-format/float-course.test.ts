// bench:go counts the `go:float` chunk for a course program only when the detector names it at `prepare`; a float
// formatted by a program it misses would load late, uncounted. This runs, with float formatting instrumented, every
// course program as its Run button does, and every exercise's starter and solution under every seed of every grading
// scenario (both as a Check runs them), and checks that every program that formatted a float is one the detector
// flags: then the bench's figure for each course program is what the site makes it download.
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { loadSqlJs } from '../../../src/cli/sim-stack.ts';
import { readExerciseFiles, EXERCISES_DIR } from '../../../src/cli/exercise-files.ts';
import { floatDetector } from '../../../src/go/std/format/float-detect.ts';
import { floatHook } from '../../../src/go/std/format/float-hook.ts';
import { runLessonProgram } from '../../../src/go/std/sql/lesson-run.ts';
import { parseFiles } from '../../../src/go/syntax/index.ts';
import { createGoEngine } from '../../../src/grader/engine/go-engine.ts';
import { seedsOf } from '../../../src/grader/grade.ts';
import { loadExercise } from '../../../src/grader/loader.ts';
import { exercisePrograms, lessonPrograms } from '../../../src/site/course-programs.ts';
import type { SqlJs } from '../../../src/mysql/sqljs-types.ts';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../../..');
const full = { ...floatHook };
let formatted = 0;
let sqljs: SqlJs;

beforeAll(async () => {
  sqljs = await loadSqlJs();
  floatHook.format = (...a) => { formatted++; return full.format!(...a); };
  floatHook.fmt = (...a) => { formatted++; return full.fmt!(...a); };
});
afterAll(() => { Object.assign(floatHook, full); });

const flagged = (text: string) => floatDetector(parseFiles([{ name: 'main.go', text }]).files).includes('go:float');

describe('the go:float detector, against what course programs format', () => {
  it('flags every course program whose Run formats a float', () => {
    const programs = [
      ...exercisePrograms(ROOT).map((p) => ({ key: `${p.slug}/${p.file}`, text: p.text, setup: undefined as string | undefined })),
      ...lessonPrograms(ROOT).filter((p) => p.wrapped).map((p) => ({ key: `${p.file} ${p.title ?? ''}`, text: p.code + '\n', setup: p.setup })),
    ];
    expect(programs.length).toBeGreaterThan(40);
    const formatting: string[] = [];
    const missed: string[] = [];
    for (const p of programs) {
      formatted = 0;
      const r = runLessonProgram(sqljs, p.text, { seed: 1, setup: p.setup, maxSteps: 20_000_000, maxOutputBytes: 64 * 1024 });
      expect(r.diagnostics, p.key).toEqual([]);
      if (formatted === 0) continue;
      formatting.push(p.key);
      if (!flagged(p.text)) missed.push(p.key);
    }
    expect(missed).toEqual([]);
    // the instrument sees formatting at all (the capstone prints totals with %.2f)
    expect(formatting.some((k) => k.startsWith('15-capstone.mdx'))).toBe(true);
  }, 120_000);

  it('flags every exercise program that formats a float under any seed of any grading scenario', async () => {
    const engine = createGoEngine(sqljs);
    const { readdirSync, existsSync } = await import('node:fs');
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
        formatted = 0;
        for (const scenario of ex.scenarios) for (const seed of seedsOf(scenario)) { engine.run(c.program, ex, scenario, seed); runs++; }
        if (formatted > 0 && !flagged(text)) missed.push(`${slug}/${name}`);
      }
    }
    expect(runs).toBeGreaterThan(50);
    expect(missed).toEqual([]);
  }, 300_000);
});
