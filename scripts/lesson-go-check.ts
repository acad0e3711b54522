// lesson-go-check: checks the Go code blocks of lessons with real Go 1.23.
// Shared by scripts/check-lesson-go.ts (the CLI) and test/oracle/lessons.test.ts.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { extractCodeBlocks, isCompleteProgram, type CodeBlock } from '../src/site/code-blocks.ts';
import { GO, makeModule, runGo } from '../test/oracle/go-env.ts';

/** GOFMT is the gofmt of the Go 1.23 toolchain next to GO. */
export const GOFMT = process.env.LEAKPROOF_GOFMT ?? join(dirname(GO), 'gofmt');

/** GoProblem is one finding about a Go block, placed at its line in the lesson file. */
export interface GoProblem {
  /** step is the check that failed: gofmt -e (parse), go build, go vet. */
  step: 'gofmt' | 'build' | 'vet';
  /** block is the 1-based index of the Go block in the file. */
  block: number;
  title?: string;
  /** line is the line in the lesson file (not in the block). */
  line: number;
  col?: number;
  message: string;
}

/** LessonGoReport is what checkLessonGo found in one lesson file. */
export interface LessonGoReport {
  file: string;
  /** blocks is the number of ```go blocks. */
  blocks: number;
  /** programs is how many of them are complete `package main` programs. */
  programs: number;
  problems: GoProblem[];
}

/** goBlocks returns the ```go blocks of an MDX text. */
export function goBlocks(source: string): CodeBlock[] {
  return extractCodeBlocks(source).filter((b) => b.lang === 'go');
}

/** gofmtErrors parses one block with `gofmt -e` (fragments allowed) and returns its errors. */
export function gofmtErrors(code: string): { line: number; col?: number; message: string }[] {
  try {
    execFileSync(GOFMT, ['-e'], { input: code, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
    return [];
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    const text = err.stderr || err.message;
    const found = [...text.matchAll(/<standard input>:(\d+)(?::(\d+))?: (.*)/g)].map((m) => ({
      line: Number(m[1]),
      col: m[2] ? Number(m[2]) : undefined,
      message: m[3],
    }));
    return found.length ? found : [{ line: 1, message: text.trim() }];
  }
}

/** inBlock drops duplicate errors and, when an error inside the block exists, the follow-on errors past its end (gofmt wraps fragments). */
function inBlock<T extends { line: number; col?: number; message: string }>(errors: T[], code: string): T[] {
  const lines = code.split('\n').length;
  const seen = new Set<string>();
  const unique = errors.filter((e) => {
    const key = `${e.line}:${e.col}:${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const inside = unique.filter((e) => e.line <= lines);
  return inside.length ? inside : unique.slice(0, 1);
}

const GO_POS = /(?:\.\/)?(b\d+)\/main\.go:(\d+)(?::(\d+))?: (.*)/g;

function goOutputProblems(out: string, step: 'build' | 'vet', byDir: Map<string, { index: number; block: CodeBlock }>): GoProblem[] {
  const problems: GoProblem[] = [];
  for (const m of out.matchAll(GO_POS)) {
    const hit = byDir.get(m[1]);
    if (!hit) continue;
    problems.push({
      step,
      block: hit.index,
      title: hit.block.title,
      line: hit.block.line + Number(m[2]) - 1,
      col: m[3] ? Number(m[3]) : undefined,
      message: m[4].replace(/^vet: /, ''),
    });
  }
  return problems;
}

/** checkLessonSource runs every check on an MDX text: gofmt -e on each Go block; go build and go vet on complete programs. */
export function checkLessonSource(file: string, source: string): LessonGoReport {
  const blocks = goBlocks(source);
  const problems: GoProblem[] = [];
  const programs = new Map<string, { index: number; block: CodeBlock }>();
  blocks.forEach((block, i) => {
    for (const p of inBlock(gofmtErrors(block.code), block.code)) {
      problems.push({ step: 'gofmt', block: i + 1, title: block.title, line: block.line + p.line - 1, col: p.col, message: p.message });
    }
    // A whole file of another package (isGoFile without main) is parsed only: it cannot build alone.
    if (isCompleteProgram(block.code)) programs.set(`b${i + 1}`, { index: i + 1, block });
  });
  const parsed = [...programs].filter(([, v]) => !problems.some((p) => p.block === v.index));
  if (parsed.length > 0) {
    const dir = makeModule({});
    try {
      for (const [name, { block }] of parsed) {
        mkdirSync(join(dir, name));
        writeFileSync(join(dir, name, 'main.go'), block.code.endsWith('\n') ? block.code : `${block.code}\n`);
      }
      // -o into a folder: with one main package, go build would write the binary over its directory name.
      const build = runGo(['build', '-o', join(dir, '.bin') + '/', './...'], dir);
      const buildProblems = goOutputProblems(build.out, 'build', programs);
      if (build.code !== 0 && buildProblems.length === 0) {
        problems.push({ step: 'build', block: 0, line: 1, message: build.out.trim() || `go build exited ${build.code}` });
      }
      problems.push(...buildProblems);
      const built = parsed.map(([name]) => name).filter((name) => !buildProblems.some((p) => p.block === programs.get(name)!.index));
      if (built.length > 0) {
        const vet = runGo(['vet', ...built.map((n) => `./${n}`)], dir);
        const vetProblems = goOutputProblems(vet.out, 'vet', programs);
        if (vet.code !== 0 && vetProblems.length === 0) {
          problems.push({ step: 'vet', block: 0, line: 1, message: vet.out.trim() || `go vet exited ${vet.code}` });
        }
        problems.push(...vetProblems);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  problems.sort((a, b) => a.line - b.line || a.step.localeCompare(b.step));
  return { file, blocks: blocks.length, programs: programs.size, problems };
}

/** checkLessonFile reads a lesson and runs checkLessonSource on it. */
export function checkLessonFile(file: string): LessonGoReport {
  return checkLessonSource(file, readFileSync(file, 'utf8'));
}

/** formatProblem renders a problem like a Go compiler line, pointing into the lesson file. */
export function formatProblem(file: string, p: GoProblem): string {
  const where = `${file}:${p.line}${p.col ? `:${p.col}` : ''}`;
  const block = p.block ? ` (go block ${p.block}${p.title ? ` "${p.title}"` : ''}, ${p.step})` : ` (${p.step})`;
  return `${where}: ${p.message}${block}`;
}

