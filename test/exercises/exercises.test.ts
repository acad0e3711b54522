import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadExercise, splitFrontmatter, type Exercise } from '../../src/grader/loader.ts';
import { ExerciseFrontmatter } from '../../src/grader/exercise.ts';
import type { Scenario } from '../../src/grader/scenario.ts';
import { exerciseSlugs, readExercise } from './read-exercise.ts';

const REQUIRED = ['happy-path', 'query-error', 'mid-iteration-error', 'scan-error', 'callback-panic', 'slow-query-deadline', 'burst-over-max-open'] as const;
const LESSONS_WITH_EXERCISES = ['rows-never-closed', 'ignored-error', 'error-paths', 'panics', 'rows-err', 'prepared-statements', 'transactions', 'one-pool', 'timeouts', 'prevention', 'capstone'];

const lessonFiles = readdirSync(join(import.meta.dirname, '../../lessons'));
const slugs = exerciseSlugs();

async function load(slug: string): Promise<Exercise> {
  const r = loadExercise(await readExercise(slug));
  if (!r.ok) throw new Error(r.problems.map((p) => formatProblem(slug, p)).join('\n'));
  return r.exercise;
}

function contextKind(s: Scenario): string {
  if (s.drive.kind === 'http') return 'request';
  return s.drive.context.kind;
}

describe('the exercise set', () => {
  it('has one exercise for each of lessons 2-10, 14 and 15', async () => {
    const lessons = await Promise.all(slugs.map(async (s) => (await load(s)).meta.lesson));
    expect([...lessons].sort()).toEqual([...LESSONS_WITH_EXERCISES].sort());
  });
});

describe('every exercise folder, Pool Lab ones included', () => {
  const all = readdirSync(join(import.meta.dirname, '../../exercises'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  it.each(all)('exercises/%s/exercise.md has valid frontmatter', (slug) => {
    const md = readFileSync(join(import.meta.dirname, '../../exercises', slug, 'exercise.md'), 'utf8');
    const fm = splitFrontmatter(md);
    expect(fm).toBeDefined();
    const r = ExerciseFrontmatter.safeParse(parseYaml(fm!.yaml));
    expect(r.error?.issues ?? []).toEqual([]);
  });
});

describe.each(slugs)('exercises/%s', (slug) => {
  it('loads and validates (frontmatter, hints, Go files, mistakes, scenarios)', async () => {
    const ex = await load(slug);
    expect(ex.scenarios.length).toBeGreaterThanOrEqual(7);
  });

  it('belongs to an existing lesson, in that lesson\'s order', async () => {
    const ex = await load(slug);
    const file = lessonFiles.find((f) => f.endsWith(`-${ex.meta.lesson}.mdx`));
    expect(file, `lessons/NN-${ex.meta.lesson}.mdx`).toBeDefined();
    expect(Number(file!.slice(0, 2))).toBe(ex.meta.order);
  });

  it('covers the required matrix, each situation under a background and a request-scoped context where the entry takes one', async () => {
    const ex = await load(slug);
    const takesCtx = ex.entries.some((e) => e.params.some((p) => p.type === 'context.Context'));
    for (const need of REQUIRED) {
      const kinds = new Set(ex.scenarios.filter((s) => s.covers.includes(need)).map(contextKind));
      expect(kinds.size, `${need} is covered`).toBeGreaterThan(0);
      if (!takesCtx) continue;
      if (need === 'slow-query-deadline') expect([...kinds].sort(), need).toEqual(['deadline', 'request']);
      else expect([...kinds].sort(), need).toEqual(['background', 'request']);
    }
  });

  it('has mistakes that differ from the starter and the solution, each naming a check its scenarios run', async () => {
    const ex = await load(slug);
    const norm = (s: string) => s.replace(/^\/\/.*\n/gm, '').trim();
    for (const m of ex.mistakes) {
      expect(norm(m.source), m.file).not.toBe(norm(ex.solution));
      expect(norm(m.source), m.file).not.toBe(norm(ex.starter));
      const pool = m.header.scenarios.length > 0 ? ex.scenarios.filter((s) => m.header.scenarios.includes(s.name)) : ex.scenarios;
      expect(pool.length, m.file).toBeGreaterThan(0);
      expect(pool.every((s) => s.checks.some((c) => c.check === m.header.check)), `${m.file}: every scenario it names runs ${m.header.check}`).toBe(true);
    }
    expect(norm(ex.starter)).not.toBe(norm(ex.solution));
  });
});
