// The diagnostics part of the checker (src/go/types/diag.ts, key `go:diag`) loads in the browser only after a
// compile that needed it (src/go/syntax/late-keys.ts). While it is missing, a compile may report placeholder
// text, and then it must say so: every compile whose diagnostics differ from the full checker's has recorded
// `go:diag`, so the worker's retry replaces them. Checked here on every golden with a compile error.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compile, formatDiagnostic } from '../../../src/go/index.ts';
import { lateCount, lateKeys } from '../../../src/go/syntax/late-keys.ts';

/** lateSince is what needLate recorded since `count` (the key, once per compile that needed it). */
const lateSince = (count: number): string[] => (lateCount() === count ? [] : lateKeys());
let mark = lateCount();
/** takeLateKeys lists the keys recorded since its last call. */
function takeLateKeys(): string[] {
  const out = lateSince(mark);
  mark = lateCount();
  return out;
}
import { syntaxHooks } from '../../../src/go/syntax/hooks.ts';
import { typesHooks } from '../../../src/go/types/hooks.ts';
import { extractCodeBlocks, isCompleteProgram } from '../../../src/site/code-blocks.ts';
import { GOLDEN_DIR, listGoldens, splitGolden } from '../golden/golden-file.ts';

const ROOT = join(import.meta.dirname, '../../..');

/** the hooks the diagnostics chunk (src/go/types/diag.ts and what it imports) installs */
const full = { diag: typesHooks.diag, typeString: typesHooks.typeString, print: syntaxHooks.print };
/** unload makes the compiler as the browser has it before `go:diag` loads. */
function unload(): void {
  typesHooks.diag = undefined;
  typesHooks.typeString = undefined;
  syntaxHooks.print = undefined;
}
/** reload installs the diagnostics chunk's hooks again. */
function reload(): void {
  typesHooks.diag = full.diag;
  typesHooks.typeString = full.typeString;
  syntaxHooks.print = full.print;
}
afterEach(() => {
  reload();
  takeLateKeys();
});

/** diagnosticsOf compiles source as main.go and returns its formatted diagnostics ([] when it compiles). */
function diagnosticsOf(source: string): string[] {
  const c = compile([{ name: 'main.go', text: source }]);
  return c.ok ? [] : c.diagnostics.map(formatDiagnostic);
}

/** errorGoldens are the goldens that do not compile. */
const errorGoldens = listGoldens()
  .map((g) => ({ g, source: splitGolden(readFileSync(join(GOLDEN_DIR, g), 'utf8')).source }))
  .filter((x) => diagnosticsOf(x.source).length > 0);

describe('the diagnostics part, when it is not loaded', () => {
  it('is installed under Node (eager)', () => {
    expect(full.diag && full.typeString && full.print).toBeTruthy();
  });

  it('a compile that needs it records go:diag, and one that does not gives the full checker\'s text', () => {
    expect(errorGoldens.length).toBeGreaterThan(50);
    let needed = 0;
    const unflagged: string[] = [];
    for (const { g, source } of errorGoldens) {
      takeLateKeys();
      const want = diagnosticsOf(source);
      expect(takeLateKeys()).toEqual([]);
      unload();
      const got = diagnosticsOf(source);
      const late = takeLateKeys();
      reload();
      expect(got.length).toBeGreaterThan(0);
      if (late.length > 0) {
        expect(late).toEqual(['go:diag']);
        needed++;
      } else if (JSON.stringify(got) !== JSON.stringify(want)) unflagged.push(`${g}: ${got.join(' | ')} != ${want.join(' | ')}`);
    }
    expect(unflagged).toEqual([]);
    // the corpus exercises both paths
    expect(needed).toBeGreaterThan(20);
    expect(needed).toBeLessThan(errorGoldens.length);
  });

  it('a program with an assignment count mismatch fails with go:diag recorded, and with Go\'s text once it is loaded', () => {
    const src = 'package main\n\nfunc f() (int, error) { return 0, nil }\n\nfunc main() {\n\tx := f()\n\t_ = x\n}\n';
    unload();
    expect(diagnosticsOf(src).length).toBe(1);
    expect(takeLateKeys()).toEqual(['go:diag']);
    reload();
    expect(diagnosticsOf(src)).toEqual(['main.go:6:7: assignment mismatch: 1 variable but f returns 2 values']);
    expect(takeLateKeys()).toEqual([]);
  });

  it('a golden that compiles never needs it, and compiles to the same JavaScript without it', () => {
    const ok = listGoldens().map((g) => splitGolden(readFileSync(join(GOLDEN_DIR, g), 'utf8')).source).filter((src) => diagnosticsOf(src).length === 0);
    expect(ok.length).toBeGreaterThan(200);
    const wrong: string[] = [];
    let compared = 0;
    for (const src of ok) {
      const want = compile([{ name: 'main.go', text: src }]);
      const again = compile([{ name: 'main.go', text: src }]);
      unload();
      const got = compile([{ name: 'main.go', text: src }]);
      const late = takeLateKeys();
      reload();
      if (late.length > 0 || !got.ok || !want.ok || !again.ok) wrong.push(src.split('\n').slice(0, 12).join('\n'));
      // generic instances are numbered per process, so only programs that compile to the same text twice are compared
      else if (want.program.source === again.program.source) {
        compared++;
        if (got.program.source !== want.program.source) wrong.push(src.split('\n').slice(0, 12).join('\n'));
      }
    }
    expect(wrong).toEqual([]);
    expect(compared).toBeGreaterThan(200);
  });

  it('no course program that compiles needs it (so the browser compiles each once)', () => {
    const programs: string[] = [];
    for (const d of readdirSync(join(ROOT, 'exercises')).sort()) for (const f of ['starter.go', 'solution.go']) {
      if (existsSync(join(ROOT, 'exercises', d, f))) programs.push(readFileSync(join(ROOT, 'exercises', d, f), 'utf8'));
    }
    for (const f of readdirSync(join(ROOT, 'lessons')).filter((x) => /^\d\d-.*\.mdx$/.test(x))) {
      for (const b of extractCodeBlocks(readFileSync(join(ROOT, 'lessons', f), 'utf8'))) if (b.lang === 'go' && isCompleteProgram(b.code)) programs.push(b.code);
    }
    const compiling = programs.filter((p) => diagnosticsOf(p).length === 0);
    expect(compiling.length).toBeGreaterThan(40);
    unload();
    const needing = compiling.filter((p) => {
      const ok = diagnosticsOf(p).length === 0;
      return takeLateKeys().length > 0 || !ok;
    });
    reload();
    expect(needing).toEqual([]);
  });

  it('a program that compiles never needs it', () => {
    unload();
    const c = compile([{ name: 'main.go', text: 'package main\n\nimport "fmt"\n\nconst big = 1 << 40\n\nfunc main() {\n\tvar x any = 3\n\tif s, ok := x.(fmt.Stringer); ok {\n\t\tfmt.Println(s)\n\t}\n\tfmt.Println(big, "ok")\n}\n' }]);
    expect(c.ok).toBe(true);
    expect(takeLateKeys()).toEqual([]);
  });
});
