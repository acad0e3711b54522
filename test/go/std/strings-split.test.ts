// strings and strconv as the browser worker loads them: bundled with each `X.eager.ts` swapped for `X.lazy.ts`
// and code splitting on (the approach of test/go/lazy-split.test.ts), each package's own chunk holds its
// declarations and what course programs use; the rest of the package loads when a compile first names one of its
// members (the compile records it late and is done again, as the worker's retry does).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSplitBundle, type SplitInstance, withLateKeys } from '../split-bundle.ts';
import { compile as compileEager, runProgram as runEager } from '../../../src/go/index.ts';
import { partKey } from '../../../src/go/std/package-parts.ts';
import { runLessonProgram as runLessonEager } from '../../../src/go/std/sql/lesson-run.ts';
import { source as stringsDecls } from '../../../src/go/types/stdlib/pkg/strings.ts';
import { source as strconvDecls } from '../../../src/go/types/stdlib/pkg/strconv.ts';
import { exercisePrograms, lessonPrograms } from '../../../src/site/course-programs.ts';
import { GOLDEN_DIR, listGoldens, parseBlock, splitGolden } from '../golden/golden-file.ts';
import { readKnownFailures } from '../golden/known-failures.ts';
import { diffResult, runOurs } from '../golden/run-ours.ts';

const ROOT = join(import.meta.dirname, '../../..');
type Instance = SplitInstance;

const { fresh, sqljs } = useSplitBundle('strings-split');

const main = (text: string) => [{ name: 'main.go', text }];
/** partsLoaded lists the loaded keys of strings and strconv (packages and parts), sorted. */
const partsLoaded = (inst: Instance) => inst.lazy.loadedKeys().filter((k) => /^std:(strings|strconv)\b/.test(k)).sort();
/** stdLate lists the standard-library keys a compile or run of the instance needed late. */
const stdLate = (inst: Instance) => inst.late.lateKeys().filter((k) => k.startsWith('std:'));

/** runBoth compiles and runs a program in the eager runtime and, prepared and through the retry, in a fresh split instance; `first` is the split build's first compile (before any retry). */
async function runBoth(text: string) {
  const inst = await fresh();
  await inst.go.prepare(main(text));
  const compile = () => inst.go.compile(main(text));
  const first = compile();
  const c = await withLateKeys(inst, compile);
  if (!c.ok) throw new Error(c.diagnostics.map(inst.go.formatDiagnostic).join('\n'));
  const e = compileEager(main(text));
  if (!e.ok) throw new Error('the eager runtime does not compile it');
  const pick = (r: { stdout: string; stderr: string; exitCode: number }) => ({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode });
  const firstDiags = first.ok ? [] : first.diagnostics.map(inst.go.formatDiagnostic);
  return { inst, firstDiags, got: pick(inst.go.runProgram(c.program)), want: pick(runEager(e.program)) };
}

const OWN_ONLY = `package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

func main() {
	parts := strings.SplitN("a,b,c", ",", 2)
	fmt.Println(strings.Join(parts, "|"), strings.ToUpper("héllo"), strings.HasPrefix("abc", "ab"), strings.HasSuffix("abc", "bc"), strings.Contains("abc", "d"))
	n, err := strconv.Atoi("42x")
	var ne *strconv.NumError
	fmt.Println(n, err, errors.As(err, &ne), ne.Func, errors.Is(err, strconv.ErrSyntax))
	v, err := strconv.ParseInt("-9223372036854775809", 10, 64)
	fmt.Println(v, err, errors.Is(err, strconv.ErrRange))
	fmt.Println(strconv.Itoa(-7) + strconv.FormatInt(255, 16))
}
`;

const PARTS = `package main

import (
	"fmt"
	conv "strconv"
	str "strings"
)

type report struct{ out str.Builder }

func apply(f func(string) string, s string) string { return f(s) }

func main() {
	var r report
	write := r.out.WriteString
	write("total: ")
	r.out.WriteByte('7')
	fmt.Println(r.out.String(), r.out.Len())
	fmt.Println(apply(str.ToLower, "MiXeD"), str.Fields("  a b  c "), str.TrimSpace("\\t x \\n"))
	rep := str.NewReplacer("a", "1", "b", "2")
	fmt.Println(rep.Replace("abcab"), str.Repeat("-", 3))
	f, err := conv.ParseFloat("1e400", 64)
	fmt.Println(f, err, conv.Quote("tab\\there"), conv.FormatBool(true))
	q, err := conv.Unquote("'x'")
	fmt.Println(q, err)
	defer func() { fmt.Println("recovered:", recover()) }()
	var b str.Builder
	b.WriteString("x")
	c := b
	c.WriteString("y")
}
`;

describe('strings and strconv in the split runtime', () => {
  it('loads only the packages\' own chunks for a program using what they hold, and runs it at once as the eager runtime does', async () => {
    const { inst, firstDiags, got, want } = await runBoth(OWN_ONLY);
    expect(firstDiags).toEqual([]);
    expect(got).toEqual(want);
    // real Go 1.23's output
    expect(got.stdout).toBe('a|b,c HÉLLO true true false\n0 strconv.Atoi: parsing "42x": invalid syntax true Atoi true\n-9223372036854775808 strconv.ParseInt: parsing "-9223372036854775809": value out of range true\n-7ff\n');
    expect(partsLoaded(inst)).toEqual(['std:strconv', 'std:strings']);
    expect(stdLate(inst)).toEqual([]);
  });

  it('loads the rest of a package when a compile names its members (renamed imports, a function value, the Replacer), then runs the program as the eager runtime does', async () => {
    const { inst, firstDiags, got, want } = await runBoth(PARTS);
    // the first compile stops at the first member it lacks, with a diagnostic the worker never shows: it loads the
    // rests of both packages (needed late) and compiles again, once
    expect(firstDiags).toEqual(['the course runtime did not load strings.ToLower (an error of ours); reload the page']);
    expect(stdLate(inst).sort()).toEqual(['std:strconv#more', 'std:strings#more']);
    expect(got).toEqual(want);
    // real Go 1.23's output
    expect(got.stdout).toBe('total: 7 8\nmixed [a b c] x\n12c12 ---\n+Inf strconv.ParseFloat: parsing "1e400": value out of range "tab\\there" true\nx <nil>\nrecovered: strings: illegal use of non-zero Builder copied by value\n');
    expect(got.stderr).toBe('');
    expect(partsLoaded(inst)).toEqual(['std:strconv', 'std:strconv#more', 'std:strings', 'std:strings#more']);
  });

  it('makes every member of a rest not loaded a diagnostic and a late key, never a JavaScript error, and compiles each once the rest is loaded', async () => {
    const inst = await fresh();
    await inst.go.prepare(main('package main\n\nimport (\n\t"strconv"\n\t"strings"\n)\n\nfunc main() {}\n'));
    expect(partsLoaded(inst)).toEqual(['std:strconv', 'std:strings']);
    const uses: [string, string, string][] = [];
    for (const [path, decls] of [['strings', stringsDecls], ['strconv', strconvDecls]] as const) {
      for (const m of decls.matchAll(/^(func|type|var) ([A-Z]\w*)/gm)) {
        const use = m[1] === 'type' ? `var x ${path}.${m[2]}\n\t_ = x` : `_ = ${path}.${m[2]}`;
        uses.push([path, m[2]!, `package main\n\nimport "${path}"\n\nfunc main() {\n\t${use}\n}\n`]);
      }
    }
    expect(uses.length).toBeGreaterThan(60);
    const own = new Set(['strings.Builder', 'strings.Contains', 'strings.HasPrefix', 'strings.HasSuffix', 'strings.Join', 'strings.SplitN', 'strings.ToUpper', 'strconv.Atoi', 'strconv.ErrRange', 'strconv.ErrSyntax', 'strconv.FormatInt', 'strconv.Itoa', 'strconv.NumError', 'strconv.ParseInt']);
    const outcome = (text: string) => { const c = inst.go.compile(main(text)); return c.ok ? 'ok' : c.diagnostics.map(inst.go.formatDiagnostic).join('\n'); };
    for (const [path, name, text] of uses) {
      const key = own.has(`${path}.${name}`) ? null : partKey(path);
      const before = inst.late.lateCount();
      expect(outcome(text), `${path}.${name}`).toBe(key === null ? 'ok' : `the course runtime did not load ${path}.${name} (an error of ours); reload the page`);
      expect(inst.late.lateCount() > before, `${path}.${name}`).toBe(key !== null);
      if (key !== null) expect(inst.late.lateKeys()).toContain(key);
    }
    expect(stdLate(inst).sort()).toEqual(['std:strconv#more', 'std:strings#more']);
    await inst.lazy.loadKeys(inst.late.lateKeys());
    const after = inst.late.lateCount();
    for (const [path, name, text] of uses) expect(outcome(text), `${path}.${name}`).toBe('ok');
    expect(inst.late.lateCount()).toBe(after);
  });

  it('records the rest of only the packages loaded', async () => {
    const inst = await fresh();
    const text = 'package main\n\nimport "strings"\n\nfunc main() { _ = strings.Fields("a b") }\n';
    await inst.go.prepare(main(text));
    const c = inst.go.compile(main(text));
    expect(c.ok).toBe(false);
    expect(stdLate(inst)).toEqual(['std:strings#more']);
    expect(inst.lazy.isPending('std:strconv#more')).toBe(false);
  });

  it('runs every golden and course program importing strings or strconv as recorded, and no course program needs the rest of either package', async () => {
    const uses = (text: string) => /"(strings|strconv)"/.test(text);
    const goldens = listGoldens().map((g) => ({ g, ...splitGolden(readFileSync(join(GOLDEN_DIR, g), 'utf8')) })).filter((x) => uses(x.source));
    expect(goldens.length).toBeGreaterThan(10);
    const known = readKnownFailures();
    const wrong: string[] = [];
    for (const { g, source, block } of goldens) {
      const inst = await fresh();
      await inst.go.prepare(main(source));
      const diff = diffResult(parseBlock(block ?? '// Output:'), await withLateKeys(inst, () => runOurs(inst.go, source)));
      if ((diff === '') === known.has(g)) wrong.push(`${g}: ${diff || 'passes but is listed as a known failure'}`);
    }
    const programs: { key: string; text: string; setup?: string }[] = [
      ...exercisePrograms(ROOT).map((p) => ({ key: `${p.slug}/${p.file}`, text: p.text })),
      ...lessonPrograms(ROOT).filter((p) => p.wrapped).map((p) => ({ key: `${p.file} ${p.title ?? ''}`, text: p.code + '\n', setup: p.setup })),
    ].filter((p) => uses(p.text));
    expect(programs.length).toBeGreaterThan(20);
    for (const p of programs) {
      const opts = { seed: 1, setup: p.setup, maxSteps: 20_000_000, maxOutputBytes: 64 * 1024 };
      const inst = await fresh();
      await inst.go.prepare(main(p.text));
      const got = inst.lesson.runLessonProgram(sqljs(), p.text, opts);
      const want = runLessonEager(sqljs(), p.text, opts);
      const pick = (r: typeof want) => JSON.stringify({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, outcome: r.outcome, diagnostics: r.diagnostics, events: r.events.length });
      if (pick(got) !== pick(want)) wrong.push(`${p.key}: ${pick(got).slice(0, 200)} != ${pick(want).slice(0, 200)}`);
      if (stdLate(inst).length) wrong.push(`${p.key}: needed ${stdLate(inst).join(', ')} late`);
      // what bench:go counts for a course program is all it loads: nothing late
      expect(partsLoaded(inst).filter((k) => k.includes('#more')), p.key).toEqual([]);
    }
    expect(wrong).toEqual([]);
  }, 120_000);
});
