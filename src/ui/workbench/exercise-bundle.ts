/**
 * exercise-bundle: the exercise folders as the browser sees them (Vite globs, loaded lazily per slug),
 * turned into validated Exercises by the grader's loader. Used by the runner worker only.
 */
import { loadExercise, formatProblem, type Exercise } from '../../grader/loader.ts';

type Lazy<T> = Record<string, () => Promise<T>>;
const md = import.meta.glob('/exercises/*/exercise.md', { query: '?raw', import: 'default' }) as Lazy<string>;
const starters = import.meta.glob('/exercises/*/starter.go', { query: '?raw', import: 'default' }) as Lazy<string>;
const solutions = import.meta.glob('/exercises/*/solution.go', { query: '?raw', import: 'default' }) as Lazy<string>;
const mistakes = import.meta.glob('/exercises/*/mistakes/*.go', { query: '?raw', import: 'default' }) as Lazy<string>;
const scenarios = import.meta.glob('/exercises/*/scenarios.ts', { import: 'default' }) as Lazy<unknown>;
const references = import.meta.glob('/exercises/*/reference-results.json', { query: '?raw', import: 'default' }) as Lazy<string>;

const cache = new Map<string, Promise<Exercise>>();

/** loadBundledReferences loads an exercise's precomputed reference results (reference-results.json), parsed but not yet checked against the exercise (referenceRunsFrom does that); undefined when there is none. */
export async function loadBundledReferences(slug: string): Promise<unknown> {
  const f = references[`/exercises/${slug}/reference-results.json`];
  return f ? JSON.parse(await f()) : undefined;
}

/** loadBundledExercise loads and validates one exercise folder by slug (cached). */
export function loadBundledExercise(slug: string): Promise<Exercise> {
  let p = cache.get(slug);
  if (!p) {
    p = (async () => {
      const dir = `/exercises/${slug}/`;
      const get = (m: Lazy<string>, name: string): Promise<string> => {
        const f = m[dir + name];
        if (!f) throw new Error(`no exercise ${slug} (missing ${name})`);
        return f();
      };
      const mistakeFiles: Record<string, string> = {};
      for (const [path, load] of Object.entries(mistakes)) {
        if (path.startsWith(dir + 'mistakes/')) mistakeFiles[path.slice(dir.length + 'mistakes/'.length)] = await load();
      }
      const scen = scenarios[dir + 'scenarios.ts'];
      if (!scen) throw new Error(`no exercise ${slug} (missing scenarios.ts)`);
      const r = loadExercise({
        slug,
        exerciseMd: await get(md, 'exercise.md'),
        starter: await get(starters, 'starter.go'),
        solution: await get(solutions, 'solution.go'),
        mistakes: mistakeFiles,
        scenarios: await scen(),
      });
      if (!r.ok) throw new Error(r.problems.map((x) => formatProblem(slug, x)).join('\n'));
      return r.exercise;
    })();
    p.catch(() => cache.delete(slug));
    cache.set(slug, p);
  }
  return p;
}
