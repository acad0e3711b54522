import { describe, expect, it } from 'vitest';
import type * as A from '../../../src/go/syntax/ast.ts';
import { parseFiles } from '../../../src/go/syntax/index.ts';
import { exprString } from '../../../src/go/syntax/parser.ts';

function parse(src: string): A.File {
  const r = parseFiles([{ name: 'main.go', text: src }]);
  expect(r.diagnostics).toEqual([]);
  return r.files[0];
}

/** paren renders an expression with every binary/unary/selector node parenthesised, to expose the tree shape. */
function paren(x: A.Expr): string {
  switch (x.kind) {
    case 'BinaryExpr': return `(${paren(x.x)} ${x.op} ${paren(x.y)})`;
    case 'UnaryExpr': return `(${x.op}${paren(x.x)})`;
    case 'StarExpr': return `(*${paren(x.x)})`;
    case 'SelectorExpr': return `(${paren(x.x)}.${x.sel.name})`;
    case 'CallExpr': return `${paren(x.fun)}(${x.args.map(paren).join(', ')})`;
    default: return exprString(x);
  }
}

function firstExpr(body: string): A.Expr {
  const f = parse(`package main\nfunc main() {\n\t_ = ${body}\n}\n`);
  const fn = f.decls[0] as A.FuncDecl;
  const s = fn.body!.stmts[0] as A.AssignStmt;
  return s.rhs[0];
}

describe('parser precedence follows gc', () => {
  const cases: [string, string][] = [
    ['2*time.Second', '(2 * (time.Second))'],
    ['&u.ID', '(&(u.ID))'],
    ['!rows.Next()', '(!(rows.Next)())'],
    ['<-ctx.Done()', '(<-(ctx.Done)())'],
    ['a + b.c', '(a + (b.c))'],
    ['a || b && c == d + e * f', '(a || (b && (c == (d + (e * f)))))'],
    ['a - b - c', '((a - b) - c)'],
    ['*p.x', '(*(p.x))'],
    ['x << 2 + 1', '((x << 2) + 1)'],
    ['a &^ b | c', '((a &^ b) | c)'],
  ];
  for (const [src, want] of cases) {
    it(`parses ${src} as ${want}`, () => {
      expect(paren(firstExpr(src))).toBe(want);
    });
  }
});

describe('parser builds the AST', () => {
  it('records 1-based line and byte columns', () => {
    const f = parse('package main\n\nfunc main() {\n\tx := "é" + y\n}\n');
    const s = (f.decls[0] as A.FuncDecl).body!.stmts[0] as A.AssignStmt;
    const bin = s.rhs[0] as A.BinaryExpr;
    expect(s.pos).toMatchObject({ file: 'main.go', line: 4, col: 2 });
    expect(bin.y.pos).toMatchObject({ line: 4, col: 14 }); // "é" is 2 bytes in UTF-8
  });

  it('distinguishes composite literals from blocks in statement headers', () => {
    const f = parse('package main\nfunc main() {\n\tif x == (T{}) {\n\t}\n\tfor _, v := range []int{1} {\n\t\t_ = v\n\t}\n}\n');
    const [ifs, rng] = (f.decls[0] as A.FuncDecl).body!.stmts as [A.IfStmt, A.RangeStmt];
    expect(ifs.kind).toBe('IfStmt');
    expect(rng.kind).toBe('RangeStmt');
    expect(rng.tok).toBe(':=');
    expect(rng.x.kind).toBe('CompositeLit');
  });

  it('parses type switches with a binding and select with receive clauses', () => {
    const f = parse(`package main
func main() {
	switch v := x.(type) {
	case int, string:
		_ = v
	default:
	}
	select {
	case v, ok := <-ch:
		_, _ = v, ok
	case ch <- 1:
	default:
	}
}
`);
    const [ts, sel] = (f.decls[0] as A.FuncDecl).body!.stmts as [A.TypeSwitchStmt, A.SelectStmt];
    expect(ts.kind).toBe('TypeSwitchStmt');
    expect(ts.bind?.name).toBe('v');
    expect(ts.body[0].list?.length).toBe(2);
    expect(ts.body[1].list).toBeUndefined();
    expect(sel.body.map((c) => c.comm?.kind)).toEqual(['AssignStmt', 'SendStmt', undefined]);
  });

  it('parses generic functions, types and constraints', () => {
    const f = parse(`package main
type Number interface { ~int | ~float64 }
type Pair[K comparable, V any] struct { Key K; Val V }
func Max[T ~int | ~string](a, b T) T { return a }
func main() { _ = Max[int](1, 2); _ = Pair[string, int]{} }
`);
    const num = (f.decls[0] as A.GenDecl).specs[0] as A.TypeSpec;
    const iface = num.type as A.InterfaceType;
    expect(exprString(iface.elems[0].type)).toBe('~int | ~float64');
    const pair = (f.decls[1] as A.GenDecl).specs[0] as A.TypeSpec;
    expect(pair.typeParams?.map((p) => p.names.map((n) => n.name).join(','))).toEqual(['K', 'V']);
    const max = f.decls[2] as A.FuncDecl;
    expect(max.type.typeParams?.[0].names[0].name).toBe('T');
    expect(exprString(max.type.typeParams![0].type)).toBe('~int | ~string');
    expect(max.type.params[0].names.map((n) => n.name)).toEqual(['a', 'b']);
  });

  it('inherits const specs with iota in groups', () => {
    const f = parse('package main\nconst (\n\tA = iota * 10\n\tB\n\tC\n)\n');
    const specs = (f.decls[0] as A.GenDecl).specs as A.ValueSpec[];
    expect(specs.map((s) => s.iota)).toEqual([0, 1, 2]);
    expect(specs[2].implicit).toBe(true);
    expect(specs[2].values[0]).toBe(specs[0].values[0]);
  });

  it('parses methods, embedded fields, tags, variadics and channel directions', () => {
    const f = parse(`package main
type T struct {
	*Base
	sync.Mutex
	Name string \`json:"name"\`
}
func (t *T) Log(format string, args ...any) {}
var c <-chan chan<- int
`);
    const st = ((f.decls[0] as A.GenDecl).specs[0] as A.TypeSpec).type as A.StructType;
    expect(st.fields.map((x) => [x.embedded ?? false, exprString(x.type)])).toEqual([
      [true, '*Base'], [true, 'sync.Mutex'], [false, 'string'],
    ]);
    expect(st.fields[2].tag?.value).toBe('`json:"name"`');
    const m = f.decls[1] as A.FuncDecl;
    expect(exprString(m.recv!.type)).toBe('*T');
    expect(m.type.params[1].type.kind).toBe('DotsType');
    const v = (f.decls[2] as A.GenDecl).specs[0] as A.ValueSpec;
    expect(exprString(v.type!)).toBe('<-chan chan<- int');
  });
});
