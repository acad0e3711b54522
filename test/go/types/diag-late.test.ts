// The diagnostics part of the checker (src/go/types/diag.ts, key `go:diag`) loads in the browser only after a
// compile that needed it (src/go/syntax/late-keys.ts). While it is missing, a compile may report placeholder
// text, and then it must say so: every compile whose diagnostics differ from the full checker's has recorded
// `go:diag`, so the worker's retry replaces them. Checked here on every golden with a compile error.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compile, formatDiagnostic } from '../../../src/go/index.ts';
import { takeLateKeys } from '../../../src/go/syntax/late-keys.ts';
import { typesHooks } from '../../../src/go/types/hooks.ts';
import { GOLDEN_DIR, listGoldens, splitGolden } from '../golden/golden-file.ts';

const full = typesHooks.diag;
afterEach(() => {
  typesHooks.diag = full;
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
  it('a compile that needs it records go:diag, and one that does not gives the full checker\'s text', () => {
    expect(errorGoldens.length).toBeGreaterThan(50);
    let needed = 0;
    const unflagged: string[] = [];
    for (const { g, source } of errorGoldens) {
      takeLateKeys();
      const want = diagnosticsOf(source);
      expect(takeLateKeys()).toEqual([]);
      typesHooks.diag = undefined;
      const got = diagnosticsOf(source);
      const late = takeLateKeys();
      typesHooks.diag = full;
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
    typesHooks.diag = undefined;
    expect(diagnosticsOf(src).length).toBe(1);
    expect(takeLateKeys()).toEqual(['go:diag']);
    typesHooks.diag = full;
    expect(diagnosticsOf(src)).toEqual(['main.go:6:7: assignment mismatch: 1 variable but f returns 2 values']);
    expect(takeLateKeys()).toEqual([]);
  });

  it('a program that compiles never needs it', () => {
    typesHooks.diag = undefined;
    const c = compile([{ name: 'main.go', text: 'package main\n\nimport "fmt"\n\nconst big = 1 << 40\n\nfunc main() {\n\tvar x any = 3\n\tif s, ok := x.(fmt.Stringer); ok {\n\t\tfmt.Println(s)\n\t}\n\tfmt.Println(big, "ok")\n}\n' }]);
    expect(c.ok).toBe(true);
    expect(takeLateKeys()).toEqual([]);
  });
});
