/**
 * course-programs: every Go program of the course, read from the repository (Node only: tests, benchmarks, the
 * build): each exercise's starter, solution and mistakes, and each complete Go program of a lesson with whether
 * it has a Run button (a `<RunnableExample>` wrapper on the last non-blank line before its fence) and its setup.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractCodeBlocks, isCompleteProgram } from './code-blocks.ts';

/** ExerciseProgram is one Go file of an exercise folder. */
export interface ExerciseProgram {
  slug: string;
  /** file is `starter.go`, `solution.go` or `mistakes/<name>.go`. */
  file: string;
  text: string;
}

/** LessonProgram is one complete Go program in a lesson. */
export interface LessonProgram {
  /** file is the lesson's file name, e.g. `03-rows-never-closed.mdx`. */
  file: string;
  title: string | undefined;
  code: string;
  /** wrapped says whether the program has a Run button. */
  wrapped: boolean;
  /** setup is the lesson setup its RunnableExample names, if any. */
  setup?: string;
}

/** exercisePrograms lists each exercise's starter and solution (and its mistakes when asked), folders in name order. */
export function exercisePrograms(root: string, opts: { mistakes?: boolean } = {}): ExerciseProgram[] {
  const out: ExerciseProgram[] = [];
  const ex = join(root, 'exercises');
  for (const slug of readdirSync(ex).sort()) {
    for (const file of ['starter.go', 'solution.go']) {
      if (existsSync(join(ex, slug, file))) out.push({ slug, file, text: readFileSync(join(ex, slug, file), 'utf8') });
    }
    const m = join(ex, slug, 'mistakes');
    if (opts.mistakes && existsSync(m)) {
      for (const f of readdirSync(m).sort()) out.push({ slug, file: `mistakes/${f}`, text: readFileSync(join(m, f), 'utf8') });
    }
  }
  return out;
}

/** lessonPrograms lists every complete Go program of the numbered lessons, in file and then text order. */
export function lessonPrograms(root: string): LessonProgram[] {
  const out: LessonProgram[] = [];
  const dir = join(root, 'lessons');
  for (const file of readdirSync(dir).filter((f) => /^\d\d-.*\.mdx$/.test(f)).sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    const lines = text.split('\n');
    for (const b of extractCodeBlocks(text)) {
      if (b.lang !== 'go' || !isCompleteProgram(b.code)) continue;
      // the wrapper is the last non-blank line before the fence
      let i = b.line - 3;
      while (i >= 0 && lines[i]!.trim() === '') i--;
      const open = /^<RunnableExample\b([^>]*)>$/.exec(lines[i] ?? '');
      const setup = open ? /\bsetup="([^"]*)"/.exec(open[1]!)?.[1] : undefined;
      out.push({ file, title: b.title, code: b.code, wrapped: !!open, ...(setup ? { setup } : {}) });
    }
  }
  return out;
}
