/** exercise-files: reads an exercise folder (exercises/SLUG) for the CLI: its files and scenarios.ts's default export. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ExerciseFiles } from '../grader/loader.ts';

/** EXERCISES_DIR is the repository's exercises folder. */
export const EXERCISES_DIR = join(import.meta.dirname, '../../exercises');

/** readExerciseFiles reads exercises/SLUG, or returns undefined when there is no such exercise. */
export async function readExerciseFiles(slug: string): Promise<ExerciseFiles | undefined> {
  const dir = join(EXERCISES_DIR, slug);
  if (!/^[a-z0-9-]+$/.test(slug) || !existsSync(join(dir, 'scenarios.ts'))) return undefined;
  const read = (f: string): string => (existsSync(join(dir, f)) ? readFileSync(join(dir, f), 'utf8') : '');
  const mdir = join(dir, 'mistakes');
  const mistakes: Record<string, string> = {};
  if (existsSync(mdir)) for (const f of readdirSync(mdir).sort()) mistakes[f] = readFileSync(join(mdir, f), 'utf8');
  const mod = (await import(pathToFileURL(join(dir, 'scenarios.ts')).href)) as { default?: unknown };
  return { slug, exerciseMd: read('exercise.md'), starter: read('starter.go'), solution: read('solution.go'), mistakes, scenarios: mod.default };
}
