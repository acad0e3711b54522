// The per-package loading table (src/go/std/package-loads.ts) is complete: in the browser a package is loaded only
// with its deps, so every package a declaration imports and every package a run builds must be among them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/go/index.ts';
import { needs } from '../../../src/go/lazy.ts';
import { H } from '../../../src/go/runtime/helpers.ts';
import { basic } from '../../../src/go/runtime/rtype.ts';
import { Runtime } from '../../../src/go/runtime/runtime.ts';
import { builtStd, installStd } from '../../../src/go/std/index.ts';
import { ISSUE5_PACKAGES, STD_DEPS, stdClosure } from '../../../src/go/std/package-loads.ts';
import { parseFiles } from '../../../src/go/syntax/index.ts';
import { sources } from '../../../src/go/types/stdlib/table.ts';
import { World } from '../../../src/sim/world.ts';
import { GOLDEN_DIR, listGoldens, splitGolden } from '../golden/golden-file.ts';

const importsOf = (text: string): string[] =>
  [...needs(parseFiles([{ name: 'main.go', text }]).files)].filter((k) => k.startsWith('std:')).map((k) => k.slice(4));

describe('the package loading table', () => {
  it('names, for every package, each package its checker declarations import', () => {
    const missing: string[] = [];
    for (const [path, { source }] of sources) {
      for (const imp of importsOf(source)) if (!(STD_DEPS[path] ?? []).includes(imp)) missing.push(`${path} imports ${imp}`);
    }
    expect(missing).toEqual([]);
    // the table is not vacuous: these are real imports between declarations
    expect(STD_DEPS.fmt).toContain('io');
    expect(STD_DEPS['database/sql']).toEqual(expect.arrayContaining(['context', 'database/sql/driver', 'time']));
  });

  it('closes over deps transitively', () => {
    expect([...stdClosure(['expvar'])].sort()).toEqual(['context', 'expvar', 'io', 'log', 'net/http', 'net/url', 'os', 'time']);
    expect([...stdClosure(['strings'])]).toEqual(['strings']);
    expect(ISSUE5_PACKAGES).toContain('database/sql');
  });

  // Each golden runs in a fresh runtime; the packages its run built (read from the run's package table, by the
  // program or by other packages' code) must all be loadable from its own imports.
  it('covers every package each golden program builds when it runs', () => {
    const outside: string[] = [];
    let ran = 0;
    for (const g of listGoldens()) {
      const { source } = splitGolden(readFileSync(join(GOLDEN_DIR, g), 'utf8'));
      const c = compile([{ name: 'main.go', text: source }]);
      if (!c.ok) continue;
      const rt = new Runtime(new World({ seed: 1, log: false }), { maxSteps: 20_000_000, maxOutputBytes: 1 << 20 });
      installStd(rt);
      const inst = c.program.factory(rt, H, basic);
      rt.goMain(inst.init, inst.main);
      rt.world.run({ until: () => rt.exited !== null });
      ran++;
      const allowed = stdClosure(importsOf(source));
      for (const p of builtStd(rt)) if (!allowed.has(p)) outside.push(`${g} built ${p}`);
    }
    expect(outside).toEqual([]);
    expect(ran).toBeGreaterThan(250);
  });
});
