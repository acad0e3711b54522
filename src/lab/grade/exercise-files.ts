/**
 * The Pool Lab exercises' folders (`exercises/lab-*`): exercise.md with the grader's frontmatter (kind
 * settings | finding | alerts) and the prompt with three hints, a reference answer, and mistakes/*.json,
 * each a plausible wrong answer naming the check that must catch it. Pure: a reader passes the texts in.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { LabExerciseFrontmatter, parseExerciseBody, type ExerciseBody } from '../../grader/exercise.ts';
import { splitFrontmatter } from '../../grader/loader.ts';
import { LAB_CHECKS, type LabCheckName } from './report.ts';

/** LabExerciseMeta is a lab exercise's validated frontmatter. */
export type LabExerciseMeta = z.infer<typeof LabExerciseFrontmatter>;

/** LabMistakeSchema is one mistakes/*.json: the wrong answer, the check that must fail, and why. */
export const LabMistakeSchema = z.object({
  expect: z.enum(Object.keys(LAB_CHECKS) as [LabCheckName, ...LabCheckName[]]),
  why: z.string().min(1),
  answer: z.unknown(),
}).strict();
/** LabMistake is a validated mistake. */
export type LabMistake = z.infer<typeof LabMistakeSchema>;

/** LabExercise is a loaded lab exercise. */
export interface LabExercise { slug: string; meta: LabExerciseMeta; body: ExerciseBody; solution: unknown; mistakes: Record<string, LabMistake> }

/** LAB_EXERCISE_SLUGS are the lab exercises by kind. */
export const LAB_EXERCISE_SLUGS = { settings: 'lab-configure-pool', finding: 'lab-find-the-leak', alerts: 'lab-alert-rules' } as const;

/**
 * parseLabExercise validates a lab exercise's files. The third hint shows the shape of the answer: Go for
 * settings and findings (as the grader's format asks), a Prometheus rule file (```yaml) for alert rules.
 */
export function parseLabExercise(slug: string, files: { exerciseMd: string; solution: string | null; mistakes: Record<string, string> }): { ok: true; exercise: LabExercise } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const split = splitFrontmatter(files.exerciseMd);
  if (!split) return { ok: false, problems: [`exercises/${slug}/exercise.md: no frontmatter`] };
  const meta = LabExerciseFrontmatter.safeParse(parseYaml(split.yaml));
  if (!meta.success) problems.push(...meta.error.issues.map((i) => `exercises/${slug}/exercise.md: ${i.path.join('.')}: ${i.message}`));
  const body = parseExerciseBody(split.body);
  let parsedBody: ExerciseBody | undefined;
  if (body.ok) parsedBody = body.body;
  else {
    const yamlShape = meta.success && meta.data.kind === 'alerts' && /```yaml\n[\s\S]*?\n```/.test(split.body.split(/^## Hint 3/m)[1] ?? '');
    const rest = body.problems.filter((p) => !(yamlShape && p.field === 'hint 3'));
    problems.push(...rest.map((p) => `exercises/${slug}/exercise.md: ${p.field}: ${p.message}`));
    if (rest.length === 0) {
      const parts = split.body.split(/^## Hint \d+[ \t]*$/m).map((x) => x.trim());
      parsedBody = { prompt: parts[0], hints: [parts[1], parts[2], parts[3]] };
    }
  }
  let solution: unknown = null;
  if (files.solution !== null) {
    try { solution = JSON.parse(files.solution); } catch (e) { problems.push(`exercises/${slug}/solution.json: ${(e as Error).message}`); }
  }
  const mistakes: Record<string, LabMistake> = {};
  for (const [name, text] of Object.entries(files.mistakes)) {
    try {
      const m = LabMistakeSchema.safeParse(JSON.parse(text));
      if (m.success) mistakes[name] = m.data;
      else problems.push(...m.error.issues.map((i) => `exercises/${slug}/mistakes/${name}: ${i.path.join('.')}: ${i.message}`));
    } catch (e) {
      problems.push(`exercises/${slug}/mistakes/${name}: ${(e as Error).message}`);
    }
  }
  if (problems.length > 0 || !meta.success || !parsedBody) return { ok: false, problems };
  return { ok: true, exercise: { slug, meta: meta.data, body: parsedBody, solution, mistakes } };
}
