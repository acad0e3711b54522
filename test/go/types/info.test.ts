import { describe, expect, it } from 'vitest';
import type * as A from '../../../src/go/syntax/ast.ts';
import { parseFiles } from '../../../src/go/syntax/index.ts';
import { checkFiles } from '../../../src/go/types/index.ts';
import { typeString } from '../../../src/go/types/typestring.ts';

function check(src: string) {
  const p = parseFiles([{ name: 'main.go', text: src }]);
  expect(p.diagnostics).toEqual([]);
  const r = checkFiles(p.files);
  expect(r.diagnostics).toEqual([]);
  return { file: p.files[0], info: r.info };
}

/** find returns every node of the given kind, in source order. */
function find<K extends string>(root: unknown, kind: K): (A.Node & { kind: K })[] {
  const out: (A.Node & { kind: K })[] = [];
  const seen = new Set<unknown>();
  const walk = (n: unknown): void => {
    if (!n || typeof n !== 'object' || seen.has(n)) return;
    seen.add(n);
    if (Array.isArray(n)) return n.forEach(walk);
    if ((n as { kind?: string }).kind === kind) out.push(n as A.Node & { kind: K });
    for (const [k, v] of Object.entries(n)) if (k !== 'pos' && k !== 'end') walk(v);
  };
  walk(root);
  return out.sort((a, b) => a.pos.offset - b.pos.offset);
}

describe('Info records what the lowering needs', () => {
  it('gives untyped constants their final type and value', () => {
    const { file, info } = check('package main\nfunc main() {\n\tvar f float64 = 1 << 3\n\tx := 2\n\t_, _ = f, x\n}\n');
    const lits = find(file, 'BasicLit');
    expect(typeString(info.types.get(lits[2])!.type)).toBe('int');
    const shift = find(file, 'BinaryExpr')[0];
    const tv = info.types.get(shift)!;
    expect(typeString(tv.type)).toBe('float64');
    expect(tv.value).toMatchObject({ kind: 'int', value: 8n });
  });

  it('records implicit conversions to interfaces', () => {
    const { file, info } = check('package main\ntype T struct{}\nfunc (*T) Error() string { return "" }\nfunc main() {\n\tvar err error = &T{}\n\tvar a any = 3\n\t_, _ = err, a\n}\n');
    const conv = [...info.conversions.entries()].map(([e, c]) => [e.kind, typeString(c.from), typeString(c.to)]);
    expect(conv).toEqual([['UnaryExpr', '*T', 'error'], ['BasicLit', 'int', 'any']]);
    void file;
  });

  it('records promoted fields and pointer-receiver calls as selections', () => {
    const { file, info } = check(`package main
type Base struct{ ID int }
func (b *Base) Bump() { b.ID++ }
type User struct {
	Name string
	*Base
}
func main() {
	u := User{Base: &Base{}}
	u.Bump()
	_ = u.ID
	var b Base
	b.Bump()
}
`);
    const sels = find(file, 'SelectorExpr').filter((s) => info.selections.has(s));
    const byText = Object.fromEntries(sels.map((s) => [`${(s.x as A.Ident).name}.${s.sel.name}@${s.pos.line}`, info.selections.get(s)!]));
    expect(byText['u.Bump@10']).toMatchObject({ kind: 'method', index: [1, 0], indirect: true, addr: false });
    expect(byText['u.ID@11']).toMatchObject({ kind: 'field', index: [1, 0], indirect: true });
    expect(byText['b.Bump@13']).toMatchObject({ kind: 'method', index: [0], indirect: false, addr: true });
  });

  it('records generic instantiations with their type arguments', () => {
    const { file, info } = check(`package main
func Map[T, U any](xs []T, f func(T) U) []U { return nil }
func main() {
	_ = Map([]int{1}, func(i int) string { return "" })
}
`);
    const call = find(file, 'CallExpr').find((c) => c.fun.kind === 'Ident' && c.fun.name === 'Map')!;
    const inst = info.instances.get(call.fun as A.Ident)!;
    expect(inst.typeArgs.map(typeString)).toEqual(['int', 'string']);
    expect(typeString(info.types.get(call)!.type)).toBe('[]string');
  });

  it('orders package-level variable initialisation by dependency', () => {
    const { info } = check(`package main
var a = b + c
var b = f()
var c = 1
func f() int { return c }
func main() {}
`);
    expect(info.initOrder.map((i) => i.lhs.map((v) => v.name).join(','))).toEqual(['c', 'b', 'a']);
  });

  it('folds iota and typed constants exactly', () => {
    const { file, info } = check(`package main
type Level uint8
const (
	Debug Level = iota + 1
	Info
	Warn = Info * 10
)
const huge = 1e300 * 1e300 / 1e300
func main() { _, _ = Warn, huge }
`);
    const ids = find(file, 'Ident').filter((i) => i.name === 'Warn' || i.name === 'huge');
    const warn = info.types.get(ids.find((i) => i.name === 'Warn' && i.pos.line === 9)!)!;
    expect(typeString(warn.type)).toBe('Level');
    expect(warn.value).toMatchObject({ kind: 'int', value: 20n });
    const huge = info.types.get(ids.find((i) => i.name === 'huge' && i.pos.line === 9)!)!;
    expect(huge.value).toMatchObject({ kind: 'float', value: 1e300 });
  });

  it('records comma-ok forms and type switch variables per clause', () => {
    const { file, info } = check(`package main
func main() {
	m := map[string]int{}
	v, ok := m["a"]
	var x any = 1
	switch t := x.(type) {
	case int:
		_ = t + 1
	case string, bool:
		_ = t
	}
	_, _ = v, ok
}
`);
    const idx = find(file, 'IndexExpr')[0];
    expect(info.types.get(idx)!.mode).toBe('commaok');
    const clauses = find(file, 'CaseClause');
    expect(clauses.map((c) => typeString(info.implicits.get(c)!.type))).toEqual(['int', 'any']);
  });
});

describe('course restrictions', () => {
  const cases: [string, string][] = [
    ['package main\nimport "unsafe"\nfunc main() { _ = unsafe.Sizeof(1) }\n', 'main.go:2:8: not supported in this course runtime: package unsafe'],
    ['package main\nimport "reflect"\nfunc main() { _ = reflect.TypeOf(1) }\n', 'main.go:2:8: not supported in this course runtime: package reflect'],
    ['package main\nimport "C"\nfunc main() {}\n', 'main.go:2:8: not supported in this course runtime: cgo'],
    ['package main\nimport "net/smtp"\nfunc main() { smtp.Foo() }\n', 'main.go:2:8: not supported in this course runtime: package net/smtp'],
    ['package main\nfunc main() {\nL:\n\tgoto L\n}\n', 'main.go:4:2: not supported in this course runtime: goto'],
    ['package main\nfunc main() {\n\tvar c complex128\n\t_ = c\n}\n', 'main.go:3:8: not supported in this course runtime: complex numbers'],
    ['package main\nfunc main() {\n\t_ = 2i\n}\n', 'main.go:3:6: not supported in this course runtime: complex numbers'],
    ['package main\nfunc main() {\n\tfor x := range func(yield func(int) bool) {} {\n\t\t_ = x\n\t}\n}\n', 'main.go:3:17: not supported in this course runtime: range over function iterators'],
  ];
  for (const [src, want] of cases) {
    it(`rejects with a positioned diagnostic: ${want}`, () => {
      const r = checkFiles([{ name: 'main.go', text: src }]);
      expect(r.diagnostics.map((d) => `${d.file}:${d.line}:${d.col}: ${d.message}`)).toEqual([want]);
    });
  }

  it('checks several files of package main together, declarations in any order', () => {
    const r = checkFiles([
      { name: 'main.go', text: 'package main\nimport "fmt"\nfunc main() { fmt.Println(helper(), Limit) }\n' },
      { name: 'util.go', text: 'package main\nconst Limit = 2 * base\nconst base = 21\nfunc helper() string { return "x" }\n' },
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  it('reports a package other than main', () => {
    const r = checkFiles([{ name: 'main.go', text: 'package foo\nfunc main() {}\n' }]);
    expect(r.diagnostics.map((d) => `${d.line}:${d.col}: ${d.message}`)).toEqual(['1:9: package foo; expected package main']);
  });
});

describe('Info for elided composite literal types', () => {
  it('records the type of every elided inner literal', () => {
    const { file, info } = check(`package main
type P struct{ X, Y int }
func main() {
	a := []P{{1, 2}}
	b := []*P{{3, 4}}
	m := map[P][]P{{1, 1}: {{2, 2}}}
	_, _, _ = a, b, m
}
`);
    const lits = find(file, 'CompositeLit').filter((l) => !l.type);
    expect(lits.map((l) => typeString(info.types.get(l)!.type))).toEqual(['P', '*P', 'P', '[]P', 'P']);
  });
});
