/**
 * progress-store: the browser side of progress (localStorage key `leakproof.progress`): load with
 * validation (a damaged or old copy is reported and replaced), save, export as a file, import from one.
 */
import { parseProgress, serializeProgress, emptyProgress, type Progress } from './progress-data.ts';

import { PROGRESS_KEY } from './progress-key.ts';

export { PROGRESS_KEY };

/** LoadedProgress is the progress and, when the saved copy was rejected, why. */
export interface LoadedProgress { progress: Progress; problem?: string }

/** loadProgress reads and validates the saved progress; a rejected copy is reset in storage. */
export function loadProgress(): LoadedProgress {
  let text: string | null = null;
  try {
    text = localStorage.getItem(PROGRESS_KEY);
  } catch {
    return { progress: emptyProgress(), problem: 'this browser does not allow saving progress' };
  }
  const r = parseProgress(text);
  if (r.ok) return { progress: r.progress };
  saveProgress(r.progress);
  return { progress: r.progress, problem: r.problem };
}

/** saveProgress writes progress (quietly ignoring a full or blocked storage). */
export function saveProgress(p: Progress): void {
  try {
    localStorage.setItem(PROGRESS_KEY, serializeProgress(p));
  } catch {
    /* storage full or blocked: progress lives for this page only */
  }
}

/** exportProgress downloads the progress as leakproof-progress.json. */
export function exportProgress(p: Progress): void {
  const blob = new Blob([serializeProgress(p)], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = 'leakproof-progress.json';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 0);
}

/** importProgress validates a file's text and saves it when valid; returns the problem otherwise. */
export function importProgress(text: string): { ok: true; progress: Progress } | { ok: false; problem: string } {
  const r = parseProgress(text);
  if (!r.ok) return { ok: false, problem: r.problem.replace('the saved progress', 'the file') };
  saveProgress(r.progress);
  return { ok: true, progress: r.progress };
}
