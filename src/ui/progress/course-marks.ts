/**
 * course-marks: fills the home page's exercise progress marks from saved progress. Read-only and light
 * (no schema library): a mark reads "passed", "started" or "not started"; unreadable data shows no marks
 * (the exercise pages report and reset it).
 */
import { PROGRESS_KEY, PROGRESS_VERSION } from './progress-key.ts';

/** markFor is the mark of one exercise's saved state (any shape), for the home page. */
export function markFor(saved: unknown): 'passed' | 'started' | 'not started' {
  if (typeof saved !== 'object' || saved === null) return 'not started';
  return (saved as { passed?: unknown }).passed === true ? 'passed' : 'started';
}

function savedExercises(): Record<string, unknown> | null {
  try {
    const p = JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? 'null') as { version?: unknown; exercises?: unknown } | null;
    return p && p.version === PROGRESS_VERSION && typeof p.exercises === 'object' && p.exercises !== null ? (p.exercises as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const saved = savedExercises();
for (const el of document.querySelectorAll<HTMLElement>('[data-progress-exercise]')) {
  const mark = markFor(saved?.[el.dataset.progressExercise!]);
  el.dataset.mark = mark;
  el.textContent = mark === 'passed' ? '✓ passed' : mark === 'started' ? 'started' : 'not started';
}
