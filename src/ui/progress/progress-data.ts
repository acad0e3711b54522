/**
 * progress-data: the learner's saved progress as versioned, validated plain data (no DOM here): code per
 * exercise with the hash of the starter it began from, hints seen, passed or not, the last cursor.
 * Anything that does not validate is reported, never trusted.
 */
import { z } from 'zod';
import { PROGRESS_VERSION } from './progress-key.ts';

export { PROGRESS_VERSION };

/** ExerciseProgressSchema is one exercise's saved state. */
export const ExerciseProgressSchema = z
  .object({
    code: z.string().max(200_000),
    starterHash: z.string().regex(/^[0-9a-f]{8}$/),
    hintsSeen: z.number().int().min(0).max(3),
    passed: z.boolean(),
    checked: z.boolean(),
    cursor: z.object({ line: z.number().int().min(1), col: z.number().int().min(1) }).strict(),
  })
  .strict();
/** ExerciseProgress is one exercise's saved state. */
export type ExerciseProgress = z.infer<typeof ExerciseProgressSchema>;

/** ProgressSchema is the whole saved progress. */
export const ProgressSchema = z
  .object({ version: z.literal(PROGRESS_VERSION), exercises: z.record(z.string().regex(/^[a-z0-9-]+$/), ExerciseProgressSchema) })
  .strict();
/** Progress is the whole saved progress. */
export type Progress = z.infer<typeof ProgressSchema>;

/** emptyProgress is progress with nothing saved. */
export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, exercises: {} };
}

/** ParsedProgress is valid progress, or a reset one with the reason the saved data was rejected. */
export type ParsedProgress = { ok: true; progress: Progress } | { ok: false; progress: Progress; problem: string };

/** parseProgress validates saved text (null: nothing saved) and never throws. */
export function parseProgress(text: string | null): ParsedProgress {
  if (text === null) return { ok: true, progress: emptyProgress() };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, progress: emptyProgress(), problem: 'the saved progress is not valid JSON' };
  }
  const v = typeof json === 'object' && json !== null ? (json as { version?: unknown }).version : undefined;
  if (typeof v === 'number' && v !== PROGRESS_VERSION) {
    return { ok: false, progress: emptyProgress(), problem: `the saved progress has format version ${v}, this site reads version ${PROGRESS_VERSION}` };
  }
  const r = ProgressSchema.safeParse(json);
  if (!r.success) {
    const i = r.error.issues[0]!;
    const where = i.path.length ? i.path.join('.') : '(top level)';
    return { ok: false, progress: emptyProgress(), problem: `the saved progress is damaged at ${where}: ${i.message}` };
  }
  return { ok: true, progress: r.data };
}

/** serializeProgress is the text saved and exported. */
export function serializeProgress(p: Progress): string {
  return JSON.stringify(p);
}

/** starterHash is a short stable hash (FNV-1a, 32 bits, hex) of a starter's text. */
export function starterHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** updateExercise returns progress with one exercise's state merged in (a fresh state from its starter if absent). */
export function updateExercise(p: Progress, slug: string, starter: string, patch: Partial<ExerciseProgress>): Progress {
  const prev = p.exercises[slug] ?? { code: starter, starterHash: starterHash(starter), hintsSeen: 0, passed: false, checked: false, cursor: { line: 1, col: 1 } };
  return { ...p, exercises: { ...p.exercises, [slug]: { ...prev, ...patch } } };
}

/** starterChanged says whether saved code began from a different starter than the current one. */
export function starterChanged(e: ExerciseProgress | undefined, starter: string): boolean {
  return e !== undefined && e.starterHash !== starterHash(starter);
}
