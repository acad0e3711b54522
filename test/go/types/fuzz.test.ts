import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFiles, type Diagnostic } from '../../../src/go/syntax/index.ts';
import { checkFiles } from '../../../src/go/types/index.ts';

/** run parses and checks src; any exception is an internal error and fails the property. */
function run(src: string): Diagnostic[] {
  const p = parseFiles([{ name: 'main.go', text: src }]);
  if (p.diagnostics.length) return p.diagnostics;
  return checkFiles(p.files).diagnostics;
}

function wellFormed(src: string, ds: Diagnostic[]): void {
  const lines = src.split('\n').length;
  expect(ds.length).toBeLessThanOrEqual(11);
  for (const d of ds) {
    expect(d.file).toBe('main.go');
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lines);
    expect(d.col).toBeGreaterThanOrEqual(1);
    expect(d.message.length).toBeGreaterThan(0);
    expect(d.message).not.toMatch(/undefined \(type undefined|\[object Object\]|NaN:|internal error/);
  }
  if (ds.length === 11) expect(ds[10].message).toBe('too many errors');
}

const VOCAB = [
  'package', 'main', 'import', '"fmt"', 'func', 'var', 'const', 'type', 'struct', 'interface', 'map', 'chan', 'go',
  'defer', 'return', 'if', 'else', 'for', 'range', 'switch', 'case', 'default', 'select', 'break', 'continue',
  'goto', 'fallthrough', 'x', 'y', 'T', 'err', 'nil', 'int', 'string', 'error', 'any', 'len', 'append', 'make',
  'new', 'panic', 'recover', 'iota', 'true', '1', '0x1F', '1.5', '1e400', "'a'", '"s"', '`raw`', '(', ')', '[', ']',
  '{', '}', ',', ';', ':', '.', '...', '=', ':=', '+', '-', '*', '/', '%', '&', '|', '^', '<<', '>>', '&^', '&&',
  '||', '<-', '++', '--', '==', '!=', '<', '>', '<=', '>=', '!', '~', '+=', '\n', '\n', '\n', '@', '"unterminated',
];

const VALID = [
  `package main

import (
	"errors"
	"fmt"
	"strings"
)

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

func find(xs []string, want string) (int, error) {
	for i, x := range xs {
		if strings.EqualFold(x, want) {
			return i, nil
		}
	}
	return -1, errors.New("not found")
}

func main() {
	var s Shape = Rect{2, 3}
	fmt.Println(s.Area())
	st := &Stack[int]{}
	st.Push(1)
	i, err := find([]string{"a", "B"}, "b")
	if err != nil {
		fmt.Println(err)
		return
	}
	switch v := any(i).(type) {
	case int:
		fmt.Println(v + 1)
	}
	m := map[string][]int{"a": {1, 2}}
	for k, v := range m {
		fmt.Println(k, len(v))
	}
}
`,
  `package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

const (
	A = iota * 10
	B
)

func worker(ctx context.Context, id int, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	select {
	case <-ctx.Done():
	case out <- id:
	case <-time.After(time.Second):
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	var wg sync.WaitGroup
	out := make(chan int, 4)
	for i := range 4 {
		wg.Add(1)
		go worker(ctx, i, out, &wg)
	}
	wg.Wait()
	close(out)
	sum := 0
	for v := range out {
		sum += v
	}
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered", r)
		}
	}()
	fmt.Println(sum, A, B, min(sum, 3))
}
`,
];

describe('fuzzing the front end', () => {
  it('gives positioned diagnostics (never an exception) for random token soup', () => {
    fc.assert(
      fc.property(fc.constantFrom('none', 'package', 'body'), fc.array(fc.constantFrom(...VOCAB), { maxLength: 60 }), (wrap, toks) => {
        const soup = toks.join(' ');
        const src = wrap === 'none' ? soup : wrap === 'package' ? 'package main\n' + soup
          : 'package main\nimport "fmt"\nvar x, y int\ntype T struct{ x int }\nfunc main() {\n\tfmt.Println(x, y)\n' + soup + '\n}\n';
        wellFormed(src, run(src));
      }),
      { numRuns: 400, seed: 4242 },
    );
  });

  it('gives positioned diagnostics for random mutations of valid programs', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...VALID),
        fc.array(fc.tuple(fc.nat(), fc.nat(8), fc.constantFrom(...VOCAB), fc.constantFrom('delete', 'insert', 'replace')), { minLength: 1, maxLength: 4 }),
        (base, edits) => {
          let src = base;
          for (const [at, len, tok, op] of edits) {
            const i = at % (src.length + 1);
            if (op === 'delete') src = src.slice(0, i) + src.slice(i + len);
            else if (op === 'insert') src = src.slice(0, i) + ' ' + tok + ' ' + src.slice(i);
            else src = src.slice(0, i) + tok + src.slice(i + len);
          }
          wellFormed(src, run(src));
        },
      ),
      { numRuns: 600, seed: 7 },
    );
  });

  it('gives positioned diagnostics for arbitrary Unicode text inserted into a valid program', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VALID), fc.nat(), fc.string({ unit: 'grapheme', maxLength: 12 }), (base, at, junk) => {
        const i = at % (base.length + 1);
        const src = base.slice(0, i) + junk + base.slice(i);
        wellFormed(src, run(src));
      }),
      { numRuns: 400, seed: 11 },
    );
  });

  it('accepts the unmutated programs without diagnostics', () => {
    for (const src of VALID) expect(run(src)).toEqual([]);
  });
});
