// The feature detector decides which compiler chunks the browser loads before a program compiles: a feature a
// program uses but the detector misses would compile without its part. Every golden program and every Go
// program of the course is compiled here with each lazily loaded part instrumented; the parts a compile calls
// must be among the keys the detector named for it. And a part that is not loaded gives a positioned
// diagnostic, never a JavaScript error.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compile, formatDiagnostic, runProgram } from '../../../src/go/index.ts';
import { parseFiles } from '../../../src/go/syntax/index.ts';
import { usedFeatures } from '../../../src/go/syntax/features.ts';
import { syntaxHooks } from '../../../src/go/syntax/hooks.ts';
import { typesHooks } from '../../../src/go/types/hooks.ts';
import { lowerHooks } from '../../../src/go/lower/hooks.ts';
import { GOLDEN_DIR, listGoldens, splitGolden } from '../golden/golden-file.ts';
import { exercisePrograms, lessonPrograms } from '../../../src/site/course-programs.ts';
import { FEATURE_MODULES } from '../../../src/go/lower/feature-modules.ts';

const ROOT = join(import.meta.dirname, '../../..');

/** HOOKS maps each lazily installed hook to the feature key whose chunk installs it. */
const HOOKS: [Record<string, unknown>, string, string][] = [
  [syntaxHooks, 'checkBranches', 'go:labels'],
  [typesHooks, 'switchStmt', 'go:switch'],
  [lowerHooks, 'switchStmt', 'go:switch'],
  [typesHooks, 'switchTag', 'go:switchtag'],
  [lowerHooks, 'switchEq', 'go:switchtag'],
  [typesHooks, 'typeSwitchStmt', 'go:typeswitch'],
  [lowerHooks, 'typeSwitch', 'go:typeswitch'],
  [lowerHooks, 'selectStmt', 'go:select'],
  [typesHooks, 'rareBuiltin', 'go:builtins'],
  [lowerHooks, 'rareBuiltin', 'go:builtins'],
  [lowerHooks, 'labeled', 'go:labels'],
  [lowerHooks, 'branch', 'go:labels'],
  [typesHooks, 'indexExpr', 'go:index'],
  [typesHooks, 'typeAssertExpr', 'go:assert'],
  [lowerHooks, 'assignOp', 'go:assignop'],
];

/** calledKeys compiles the source and returns the feature keys whose hooks the compile called. */
function calledKeys(text: string): Set<string> {
  const called = new Set<string>();
  const spy = <T extends object>(o: T, key: string): T => Object.fromEntries(Object.entries(o).map(([k, f]) => [k, (...a: unknown[]) => { called.add(key); return (f as (...a: unknown[]) => unknown)(...a); }])) as T;
  const generics = typesHooks.generics!;
  const genericTypes = typesHooks.genericTypes!;
  const constraints = typesHooks.constraints!;
  const ranges = lowerHooks.ranges!;
  const indexing = lowerHooks.indexing!;
  const typeAssert = lowerHooks.typeAssert!;
  lowerHooks.typeAssert = spy(typeAssert, 'go:assert');
  typesHooks.generics = spy(generics, 'go:generics');
  typesHooks.genericTypes = spy(genericTypes, 'go:generictypes');
  const lowerGenericTypes = lowerHooks.genericTypes!;
  lowerHooks.genericTypes = spy(lowerGenericTypes, 'go:generictypes');
  typesHooks.constraints = spy(constraints, 'go:constraints');
  lowerHooks.ranges = spy(ranges, 'go:ranges');
  lowerHooks.indexing = spy(indexing, 'go:index');
  const saved = HOOKS.map(([o, k]) => o[k]);
  HOOKS.forEach(([o, k, key], i) => {
    const f = saved[i] as (...a: unknown[]) => unknown;
    o[k] = (...a: unknown[]) => { called.add(key); return f(...a); };
  });
  try {
    compile([{ name: 'main.go', text }]);
  } finally {
    HOOKS.forEach(([o, k], i) => { o[k] = saved[i]; });
    typesHooks.generics = generics;
    typesHooks.genericTypes = genericTypes;
    lowerHooks.genericTypes = lowerGenericTypes;
    typesHooks.constraints = constraints;
    lowerHooks.ranges = ranges;
    lowerHooks.indexing = indexing;
    lowerHooks.typeAssert = typeAssert;
  }
  return called;
}

const detected = (text: string): Set<string> => usedFeatures(parseFiles([{ name: 'main.go', text }]).files);
const keys = (text: string): string[] => [...detected(text)].sort();

function coursePrograms(): { key: string; text: string }[] {
  return [
    ...exercisePrograms(ROOT, { mistakes: true }).map((p) => ({ key: `${p.slug}/${p.file}`, text: p.text })),
    ...lessonPrograms(ROOT).map((p) => ({ key: `${p.file} ${p.title ?? ''}`, text: p.code })),
  ];
}

describe('the feature detector', () => {
  it('names every lazily loaded part that compiling a golden program or a course program calls', () => {
    const programs = [
      ...listGoldens().map((g) => ({ key: g, text: splitGolden(readFileSync(join(GOLDEN_DIR, g), 'utf8')).source })),
      ...coursePrograms(),
    ];
    expect(programs.length).toBeGreaterThan(400);
    const missed: string[] = [];
    const seen = new Set<string>();
    for (const p of programs) {
      const want = detected(p.text);
      for (const k of calledKeys(p.text)) {
        seen.add(k);
        if (!want.has(k)) missed.push(`${p.key}: ${k}`);
      }
    }
    expect(missed).toEqual([]);
    // the goldens exercise every part, so the check above covers each hook
    expect([...seen].sort()).toEqual(['go:assert', 'go:assignop', 'go:builtins', 'go:constraints', 'go:generics', 'go:generictypes', 'go:index', 'go:labels', 'go:ranges', 'go:select', 'go:switch', 'go:switchtag', 'go:typeswitch']);
  });

  it('names each feature from the construct that needs it, and nothing for a plain program', () => {
    const main = (body: string, decls = '') => `package main\n${decls}\nfunc main() {\n${body}\n}\n`;
    expect(keys(main('x := 1\n_ = x'))).toEqual([]);
    expect(keys(main('var v any\nswitch v.(type) {\n}'))).toEqual(['go:assert', 'go:typeswitch']);
    expect(keys(main('var v any = 1\n_ = v.(int)'))).toEqual(['go:assert']);
    expect(keys(main('var v any = 1\nn, ok := (v).(fmt.Stringer)\n_, _ = n, ok'))).toEqual(['go:assert']);
    expect(keys(main('var v struct{ t int }\n_ = v.t'))).toEqual([]);
    expect(keys(main('select {}'))).toEqual(['go:select']);
    expect(keys(main('switch {\n}'))).toEqual(['go:switch']);
    expect(keys(main('x := 1\nswitch x {\ncase 1:\n}'))).toEqual(['go:switch', 'go:switchtag']);
    expect(keys(main('switch x := 1; {\ncase x > 0:\n}'))).toEqual(['go:switch']);
    expect(keys(main('switch x := 1; x {\n}'))).toEqual(['go:switch', 'go:switchtag']);
    expect(keys(main('for {\nbreak\n}'))).toEqual(['go:labels']);
    expect(keys(main('for i := 0; i < 3; i++ {\n}'))).toEqual(['go:assignop', 'go:ranges']);
    expect(keys(main('for range 3 {\n}'))).toEqual([]);
    expect(keys(main('for k := range 3 {\n_ = k\n}'))).toEqual(['go:ranges']);
    expect(keys(main('s := []int{1}\nfor _, v := range s {\n_ = v\n}'))).toEqual([]);
    expect(keys(main('s := []int{1}\nfor k, _ := range s {\n_ = k\n}'))).toEqual(['go:ranges']);
    expect(keys(main('k := 0\nfor k = range 3 {\n}\n_ = k'))).toEqual([]);
    expect(keys(main('x := 0\nfor x < 3 {\nx++\n}'))).toEqual(['go:assignop']);
    expect(keys(main('x := 0\nfor x < 3 {\nx += 2\n}'))).toEqual(['go:assignop']);
    expect(keys(main('x := []int{1}\n_ = x[0]'))).toEqual(['go:index']);
    expect(keys(main('x := 0\nfor x < 3 {\nx = x + 1\n}'))).toEqual([]);
    expect(keys(main('L:\nfor {\n}'))).toEqual(['go:labels']);
    expect(keys(main('s := []int{1}\n_ = (copy)(s, s)'))).toEqual(['go:builtins']);
    expect(keys(main('_ = max(1, 2)'))).toEqual(['go:builtins']);
    expect(keys(main('_ = len("x")'))).toEqual([]);
    expect(keys(main('_ = f[int]', 'func f[T any]() {}'))).toEqual(['go:generics', 'go:index']);
    expect(keys(main('', 'type S[T any] struct{ v T }'))).toEqual(['go:generics', 'go:generictypes']);
  });

  it('names the constraints part only for a constraint other than any or comparable, or when the program declares a type of either name', () => {
    const prog = (decls: string) => `package main\n\nimport "fmt"\n\n${decls}\n\nfunc main() {\n\tfmt.Println(1)\n}\n`;
    expect(keys(prog('func f[T any](x T) T { return x }'))).toEqual(['go:generics']);
    expect(keys(prog('func f[K comparable, V any](m map[K]V, k K) V { return m[k] }'))).toEqual(['go:generics', 'go:index']);
    expect(keys(prog('func f[T int | float64](a, b T) T { return a + b }'))).toEqual(['go:constraints', 'go:generics']);
    expect(keys(prog('func f[T ~string](s T) int { return len(s) }'))).toEqual(['go:constraints', 'go:generics']);
    expect(keys(prog('func f[T fmt.Stringer](x T) string { return x.String() }'))).toEqual(['go:constraints', 'go:generics']);
    expect(keys(prog('func f[T interface{}](x T) T { return x }'))).toEqual(['go:constraints', 'go:generics']);
    expect(keys(prog('type Box[T any] struct{ v T }\n\nfunc (b Box[T]) Get() T { return b.v }'))).toEqual(['go:generics', 'go:generictypes', 'go:index']);
    expect(keys(prog('type Num[T int | int64] struct{ v T }'))).toEqual(['go:constraints', 'go:generics', 'go:generictypes']);
    // the tricky cases: the predeclared names can be declared again, at package level or as a type parameter
    expect(keys(prog('type any interface{ M() }\n\nfunc f[T any](x T) { x.M() }'))).toEqual(['go:constraints', 'go:generics']);
    expect(keys(prog('func f[comparable fmt.Stringer, T comparable](x T) {}'))).toEqual(['go:constraints', 'go:generics']);
    expect(keys(prog('func f[T any](x T) {\n\ttype any interface{ M() }\n}'))).toEqual(['go:constraints', 'go:generics']);
    // a variable of either name is no type: used as a constraint it is an error, with or without the part
    expect(keys(prog('var comparable = 1\n\nfunc f[T any](x T) {}'))).toEqual(['go:generics']);
    // a program without type parameters needs neither, whatever it names
    expect(keys(prog('type any = int'))).toEqual([]);
  });
});

describe('the build data', () => {
  it('FEATURE_MODULES names the module features.lazy.ts loads for each key', () => {
    const lazy = readFileSync(join(ROOT, 'src/go/lower/features.lazy.ts'), 'utf8');
    const registered = Object.fromEntries([...lazy.matchAll(/registerLazy\('([^']+)', \(\) => import\('([^']+)'\)/g)].map((m) => [m[1], join('src/go/lower', m[2]!).replace(/\\/g, '/')]));
    expect(registered).toEqual(FEATURE_MODULES);
  });
});

describe('a part that is not loaded', () => {
  const saved = HOOKS.map(([o, k]) => o[k]);
  const generics = typesHooks.generics;
  const genericTypes = typesHooks.genericTypes;
  const constraints = typesHooks.constraints;
  afterEach(() => {
    HOOKS.forEach(([o, k], i) => { o[k] = saved[i]; });
    typesHooks.generics = generics;
    typesHooks.genericTypes = genericTypes;
    typesHooks.constraints = constraints;
  });

  it('gives a positioned diagnostic for a generic type', () => {
    delete typesHooks.genericTypes;
    const r = compile([{ name: 'main.go', text: 'package main\n\ntype Box[T any] struct{ v T }\n\nfunc main() {\n\tb := Box[int]{v: 1}\n\t_ = b\n}\n' }]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics.map(formatDiagnostic)).toEqual(['main.go:6:7: the course runtime did not load generic types (an error of ours); reload the page']);
    const method = compile([{ name: 'main.go', text: 'package main\n\ntype Box[T any] struct{ v T }\n\nfunc (b Box[T]) Get() T { return b.v }\n\nfunc main() {\n}\n' }]);
    expect(method.ok).toBe(false);
    if (!method.ok) expect(method.diagnostics.map(formatDiagnostic)).toContain('main.go:3:6: the course runtime did not load generic types (an error of ours); reload the page');
  });

  it('gives a positioned diagnostic for a constraint with a type set or methods, and compiles plain constraints without the part', () => {
    delete typesHooks.constraints;
    const sum = compile([{ name: 'main.go', text: 'package main\n\nfunc add[T int | float64](a, b T) T { return a + b }\n\nfunc main() {\n\tprintln(add(1, 2))\n}\n' }]);
    expect(sum.ok).toBe(false);
    if (!sum.ok) expect(sum.diagnostics.map(formatDiagnostic)).toEqual(['main.go:6:13: the course runtime did not load constraints with type sets or methods (an error of ours); reload the page']);
    const plain = 'package main\n\nimport "fmt"\n\nfunc same[T comparable](a, b T) bool { return a == b }\n\nfunc first[T any](xs []T) T { return xs[0] }\n\nfunc main() {\n\tfmt.Println(same(1, 1), same("a", "b"), first([]string{"x"}))\n}\n';
    const r = compile([{ name: 'main.go', text: plain }]);
    expect(r.ok).toBe(true);
    if (r.ok) expect(runProgram(r.program, { seed: 1 }).stdout).toBe('true false x\n');
    // a type argument that is not comparable is still reported without the part
    const bad = compile([{ name: 'main.go', text: 'package main\n\nfunc same[T comparable](a, b T) bool { return a == b }\n\nfunc main() {\n\tprintln(same([]int{}, nil))\n}\n' }]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.diagnostics.map(formatDiagnostic).join('\n')).toContain('does not satisfy comparable');
  });

  it('gives a positioned diagnostic for a generic function', () => {
    delete typesHooks.generics;
    const r = compile([{ name: 'main.go', text: 'package main\n\nfunc id[T any](x T) T { return x }\n\nfunc main() {\n\t_ = id(1)\n}\n' }]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics.map(formatDiagnostic)).toContain('main.go:3:9: the course runtime did not load generics (an error of ours); reload the page');
  });

  it('gives a positioned diagnostic from the checker', () => {
    delete typesHooks.typeSwitchStmt;
    const r = compile([{ name: 'main.go', text: 'package main\n\nfunc main() {\n\tvar v any\n\tswitch v.(type) {\n\t}\n}\n' }]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics.map(formatDiagnostic)).toEqual([
      'main.go:4:6: declared and not used: v',
      'main.go:5:2: the course runtime did not load type switches (an error of ours); reload the page',
    ]);
  });

  it('gives a positioned diagnostic for a switch tag, and checks and runs a switch without one', () => {
    delete typesHooks.switchTag;
    const r = compile([{ name: 'main.go', text: 'package main\n\nfunc main() {\n\tx := 2\n\tswitch x {\n\tcase 1:\n\t}\n}\n' }]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics.map(formatDiagnostic)).toContain('main.go:5:9: the course runtime did not load switch tags (an error of ours); reload the page');
    delete lowerHooks.switchEq;
    const ok = compile([{ name: 'main.go', text: 'package main\n\nimport "fmt"\n\nfunc main() {\n\tx := 2\n\tswitch {\n\tcase x > 1:\n\t\tfmt.Println("big")\n\tdefault:\n\t\tfmt.Println("small")\n\t}\n}\n' }]);
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(runProgram(ok.program, { seed: 1 }).stdout).toBe('big\n');
  });

  it('gives a positioned diagnostic for a type assertion', () => {
    delete typesHooks.typeAssertExpr;
    const r = compile([{ name: 'main.go', text: 'package main\n\nfunc main() {\n\tvar v any = 1\n\tprintln(v.(int))\n}\n' }]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics.map(formatDiagnostic)).toEqual([
      'main.go:4:6: declared and not used: v',
      'main.go:5:10: the course runtime did not load type assertions (an error of ours); reload the page',
    ]);
  });

  it('gives a positioned diagnostic from the lowerer', () => {
    delete lowerHooks.rareBuiltin;
    const r = compile([{ name: 'main.go', text: 'package main\n\nfunc main() {\n\ts := []int{1}\n\tprintln(copy(s, s))\n}\n' }]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics.map(formatDiagnostic).join('\n')).toBe('main.go:5:2: the course runtime did not load this feature (an error of ours); reload the page');
  });

  it('lowers loops with the general arithmetic when the interval facts are not loaded, with the same output', () => {
    const text = 'package main\n\nimport "fmt"\n\nfunc main() {\n\ts := 0\n\tfor i := 0; i < 100; i++ {\n\t\ts += i ^ (i >> 3)\n\t}\n\tfor k := range 5 {\n\t\ts += k * k\n\t}\n\tfmt.Println(s)\n}\n';
    const run = () => { const r = compile([{ name: 'main.go', text }]); if (!r.ok) throw new Error('does not compile'); return { source: r.program.source, out: runProgram(r.program, { seed: 1 }).stdout }; };
    const fast = run();
    const ranges = lowerHooks.ranges;
    delete lowerHooks.ranges;
    try {
      const slow = run();
      expect(fast.source).toMatch(/\(v_i \^ \(\(?v_i >> 3\)?\)\)/);
      expect(slow.source).not.toMatch(/\(v_i \^ \(\(?v_i >> 3\)?\)\)/);
      expect(slow.out).toBe(fast.out);
      expect(fast.out).toBe('5028\n');
    } finally {
      lowerHooks.ranges = ranges;
    }
  });

  it('skips gc\'s branch rules only where there is nothing for them to check', () => {
    delete syntaxHooks.checkBranches;
    const r = compile([{ name: 'main.go', text: 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println(1)\n}\n' }]);
    expect(r.ok).toBe(true);
  });
});
