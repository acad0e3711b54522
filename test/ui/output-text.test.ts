import { describe, expect, it } from 'vitest';
import { compile, runProgram } from '../../src/go/index.ts';
import { formatDiagnostics, panicSite } from '../../src/ui/workbench/output-text.ts';

const src = `package main

import "fmt"

func f(xs []int) int {
	return xs[5]
}

func main() {
	fmt.Println("hi")
	f([]int{1})
}
`;

describe('output text', () => {
  it('finds the innermost main.go frame of a real runtime panic', () => {
    const c = compile([{ name: 'main.go', text: src }]);
    if (!c.ok) throw new Error('does not compile');
    const r = runProgram(c.program);
    expect(r.stderr).toContain('panic: runtime error: index out of range [5] with length 1');
    expect(panicSite(r.stderr)).toEqual({ line: 6, message: 'panic: runtime error: index out of range [5] with length 1' });
  });

  it('finds no panic site in output without a panic', () => {
    expect(panicSite('fatal error: all goroutines are asleep - deadlock!\n')).toBeNull();
    expect(panicSite('main.go:3 printed by the program\n')).toBeNull();
  });

  it('prints compile errors as go build does', () => {
    const c = compile([{ name: 'main.go', text: 'package main\n\nfunc main() {\n\tx := 1\n}\n' }]);
    if (c.ok) throw new Error('compiles');
    expect(formatDiagnostics(c.diagnostics)).toBe('# command-line-arguments\n./main.go:4:2: declared and not used: x');
  });
});
