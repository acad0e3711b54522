/**
 * An exercise's `exercise.md` frontmatter and body. Go exercises (kind 'go') are graded by running the
 * learner's Go; the Pool Lab kinds ('settings', 'finding', 'alerts') share the frontmatter's common part
 * and are graded by the Lab.
 */
import { z } from 'zod';
import { parseSignature } from './go-signature.ts';

/** EXERCISE_LESSONS are the lesson slugs an exercise can belong to (src/site/lesson-schema.ts, lessons 1-15). */
export const EXERCISE_LESSONS = [
  'how-the-pool-works',
  'rows-never-closed',
  'ignored-error',
  'error-paths',
  'panics',
  'rows-err',
  'prepared-statements',
  'transactions',
  'one-pool',
  'timeouts',
  'configuring-the-pool',
  'detecting-a-leak',
  'monitoring-and-alerting',
  'prevention',
  'capstone',
] as const;

const signature = z.string().superRefine((s, ctx) => {
  const r = parseSignature(s);
  if (!r.ok) ctx.addIssue({ code: 'custom', message: `not a Go signature: ${r.error}` });
});

const common = {
  title: z.string().trim().min(1).refine((s) => !s.includes('\n'), 'title spans several lines').describe('shown as the exercise heading'),
  lesson: z.enum(EXERCISE_LESSONS, { error: `lesson must be one of: ${EXERCISE_LESSONS.join(', ')}` }).describe('the lesson slug the exercise belongs to'),
  order: z.number().int().min(1).max(99).describe('position among the course\'s exercises (the lesson number for one exercise per lesson)'),
};

/** GoExerciseFrontmatter is the frontmatter of an exercise graded by running the learner's Go. */
export const GoExerciseFrontmatter = z
  .object({
    kind: z.literal('go'),
    ...common,
    entry: z
      .union([signature, z.array(signature).min(1)])
      .transform((e) => (Array.isArray(e) ? e : [e]))
      .describe('the entry signature(s) as Go text; a handler exercise lists its constructor and each handler method'),
  })
  .strict();

/** LabExerciseFrontmatter is the frontmatter of a Pool Lab exercise (graded by the Lab, not by running Go). */
export const LabExerciseFrontmatter = z
  .object({
    kind: z.enum(['settings', 'finding', 'alerts']),
    ...common,
  })
  .strict();

/** ExerciseFrontmatter is any exercise's frontmatter. */
export const ExerciseFrontmatter = z.discriminatedUnion('kind', [GoExerciseFrontmatter, LabExerciseFrontmatter]);
/** ExerciseFrontmatterValue is validated frontmatter. */
export type ExerciseFrontmatterValue = z.infer<typeof ExerciseFrontmatter>;
/** GoExerciseMeta is a Go exercise's validated frontmatter. */
export type GoExerciseMeta = z.infer<typeof GoExerciseFrontmatter>;

/** ExerciseBody is the prompt and the three progressive hints. */
export interface ExerciseBody {
  prompt: string;
  /** hints: a question, then the idea, then the shape of the code. */
  hints: [string, string, string];
}

/** BodyProblem is what is wrong with an exercise.md body. */
export interface BodyProblem {
  field: string;
  message: string;
}

/**
 * parseExerciseBody splits the markdown after the frontmatter into the prompt and the sections
 * `## Hint 1`, `## Hint 2`, `## Hint 3`: hint 1 asks a question, hint 3 shows the shape in a go block.
 */
export function parseExerciseBody(md: string): { ok: true; body: ExerciseBody } | { ok: false; problems: BodyProblem[] } {
  const problems: BodyProblem[] = [];
  const parts = md.split(/^## Hint (\d+)[ \t]*$/m);
  const prompt = parts[0]!.trim();
  if (prompt === '') problems.push({ field: 'prompt', message: 'the prompt (the text before "## Hint 1") is empty' });
  const hints: string[] = [];
  for (let i = 1; i < parts.length; i += 2) {
    const n = Number(parts[i]);
    if (n !== hints.length + 1) problems.push({ field: `hint ${n}`, message: `expected "## Hint ${hints.length + 1}" here` });
    hints.push(parts[i + 1]!.trim());
  }
  if (hints.length !== 3) problems.push({ field: 'hints', message: `expected three hints (## Hint 1..3), found ${hints.length}` });
  hints.forEach((h, i) => {
    if (h === '') problems.push({ field: `hint ${i + 1}`, message: 'is empty' });
  });
  if (hints[0] !== undefined && !/\?\s*$/.test(hints[0].split('\n').filter((l) => l.trim() !== '').at(-1) ?? '')) {
    problems.push({ field: 'hint 1', message: 'the first hint is a question: end it with "?"' });
  }
  if (hints[2] !== undefined && !/^```go\n[\s\S]*?\n```/m.test(hints[2])) {
    problems.push({ field: 'hint 3', message: 'the third hint shows the shape of the code in a ```go block' });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, body: { prompt, hints: hints as [string, string, string] } };
}

/** ExerciseEntry is one entry of the site's `exercises` content collection: the frontmatter, plus a Go exercise's starter and solution. */
export const ExerciseEntry = z.discriminatedUnion('kind', [
  GoExerciseFrontmatter.extend({
    starter: z.string().min(1).describe('starter.go: the code the learner starts from'),
    solution: z.string().min(1).describe('solution.go: the reference solution (shown as a diff on request)'),
  }),
  LabExerciseFrontmatter,
]);
/** ExerciseEntryValue is a validated collection entry. */
export type ExerciseEntryValue = z.infer<typeof ExerciseEntry>;
