// Node-side reader for exercise folders: reads the files and imports scenarios.ts, then hands the
// contents to the pure loader in src/grader/loader.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExerciseFiles } from '../../src/grader/loader.ts';

/** EXERCISES_DIR is the repository's exercises folder. */
export const EXERCISES_DIR = join(import.meta.dirname, '../../exercises');

/** exerciseSlugs lists the Go exercise folders (those with a starter.go; Pool Lab exercises have none), sorted. */
export function exerciseSlugs(): string[] {
  return readdirSync(EXERCISES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(EXERCISES_DIR, d.name, 'starter.go')))
    .map((d) => d.name)
    .sort();
}

/** readExercise reads one folder's files and scenarios.ts's default export. */
export async function readExercise(slug: string): Promise<ExerciseFiles> {
  const dir = join(EXERCISES_DIR, slug);
  const read = (f: string): string => (existsSync(join(dir, f)) ? readFileSync(join(dir, f), 'utf8') : '');
  const mdir = join(dir, 'mistakes');
  const mistakes: Record<string, string> = {};
  if (existsSync(mdir)) for (const f of readdirSync(mdir).sort()) mistakes[f] = readFileSync(join(mdir, f), 'utf8');
  const mod = (await import(join(dir, 'scenarios.ts'))) as { default?: unknown };
  return { slug, exerciseMd: read('exercise.md'), starter: read('starter.go'), solution: read('solution.go'), mistakes, scenarios: mod.default };
}
