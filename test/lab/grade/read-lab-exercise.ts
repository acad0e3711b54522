// Node-side reader for the lab exercises' folders; hands the texts to src/lab/grade/exercise-files.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLabExercise, type LabExercise } from '../../../src/lab/grade/exercise-files';

/** readLabExercise loads exercises/<slug> or throws with every problem found. */
export function readLabExercise(slug: string): LabExercise {
  const dir = join(import.meta.dirname, '../../../exercises', slug);
  const mdir = join(dir, 'mistakes');
  const mistakes: Record<string, string> = {};
  if (existsSync(mdir)) for (const f of readdirSync(mdir).sort()) mistakes[f] = readFileSync(join(mdir, f), 'utf8');
  const solution = existsSync(join(dir, 'solution.json')) ? readFileSync(join(dir, 'solution.json'), 'utf8') : null;
  const r = parseLabExercise(slug, { exerciseMd: readFileSync(join(dir, 'exercise.md'), 'utf8'), solution, mistakes });
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r.exercise;
}
