// Every complete Go program in the lessons compiles with our own Go runtime (issue 2), except the ones
// listed below, each with the reason: they use parts of Go the course runtime does not have. The list may
// only shrink: a listed program that starts compiling fails this test, so the list is kept honest.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile, formatDiagnostic } from '../../src/go/index.ts';
import { extractCodeBlocks, isCompleteProgram } from '../../src/site/code-blocks.ts';

const LESSONS = join(import.meta.dirname, '../../lessons');

/** NOT_IN_SUBSET: lesson program → why our runtime rejects it, and the diagnostic that must say so. */
const NOT_IN_SUBSET: Record<string, { why: string; diagnostic: RegExp }> = {};

const programs = readdirSync(LESSONS)
  .filter((f) => /^\d\d-.*\.mdx$/.test(f))
  .sort()
  .flatMap((f) => extractCodeBlocks(readFileSync(join(LESSONS, f), 'utf8'))
    .filter((b) => b.lang === 'go' && isCompleteProgram(b.code))
    .map((b) => ({ key: `${f} ${b.title ?? '(untitled)'}`, code: b.code })));

describe('complete lesson programs on our Go runtime', () => {
  it('finds the lessons\' complete programs', () => {
    expect(programs.length).toBeGreaterThanOrEqual(25);
    for (const key of Object.keys(NOT_IN_SUBSET)) expect(programs.map((p) => p.key), `${key} is still a lesson program`).toContain(key);
  });

  it.each(programs.map((p) => [p.key, p.code] as const))('%s', (key, code) => {
    const r = compile([{ name: 'main.go', text: code }]);
    const known = NOT_IN_SUBSET[key];
    if (!known) {
      expect(r.ok ? [] : r.diagnostics.map(formatDiagnostic)).toEqual([]);
      return;
    }
    expect(r.ok, `${key} compiles now: remove it from NOT_IN_SUBSET`).toBe(false);
    if (!r.ok) expect(r.diagnostics.map(formatDiagnostic).join('\n')).toMatch(known.diagnostic);
  });
});
