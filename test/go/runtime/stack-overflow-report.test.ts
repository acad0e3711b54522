// Go's fatal stack-overflow report (src/go/runtime/panic-print.ts): the frame-count model against counts measured
// with real Go 1.23 on linux/amd64, and the report's text against the stack-overflow golden.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatStackOverflow, goFrameBytes, goRecursionFrames } from '../../../src/go/runtime/stack-overflow.ts';
import { GOLDEN_DIR, normaliseStderr, parseBlock, splitGolden } from '../golden/golden-file.ts';
import { goRun } from '../lower/run.ts';

const f = { name: 'main.f', file: 'main.go', line: 3, np: 1 };
const mainMain = { name: 'main.main', file: 'main.go', line: 6, np: 0 };

describe("Go's stack-overflow frame count", () => {
  it('gives gc amd64 frame sizes: 16 bytes plus 8 per argument word of the call made and per live local word', () => {
    expect(goFrameBytes(1)).toBe(24); // func f(n int) int { return f(n+1) + 1 }
    expect(goFrameBytes(2)).toBe(32); // f(a, b int)
    expect(goFrameBytes(3)).toBe(40); // f(s string, n int): a string is two words
    expect(goFrameBytes(1, 1)).toBe(32); // x := n * 3 stays live across f(n+1)
  });

  // [frame bytes of f, bytes of main.main's frame, "...N frames elided..." printed by Go 1.23]
  const measured: [string, number, number, number][] = [
    ['f(n int) int, main calls f(0)', 24, 24, 22369478],
    ['f(a, b int) int', 32, 32, 16777085],
    ['f(s string, n int) int', 40, 40, 13421648],
    ['f(n int) int with a live local', 32, 24, 16777085],
    ['main also calls fmt.Println', 24, 72, 22369476],
    ['main also starts a goroutine', 24, 40, 22369478],
  ];
  for (const [shape, frameBytes, mainBytes, elided] of measured) {
    it(`matches real Go's elided count for ${shape}`, () => {
      // Go's traceback counts the recursion, main.main, runtime.main and runtime.goexit, and prints 100 of them.
      expect(goRecursionFrames(frameBytes, mainBytes) + 3 - 100).toBe(elided);
    });
  }
});

describe("Go's stack-overflow report", () => {
  it('prints the stack-overflow golden exactly (after the goldens\' normalisation)', () => {
    const { block } = splitGolden(readFileSync(join(GOLDEN_DIR, 'panics/stack-overflow.go'), 'utf8'));
    const want = parseBlock(block!);
    const frames = goRecursionFrames(goFrameBytes(1), goFrameBytes(1)) + 3;
    const text = formatStackOverflow({ inner: Array(50).fill(f), outer: [...Array(47).fill(f), mainMain], frames, finalizer: false });
    expect(normaliseStderr(text)).toBe(want.stderr);
  });

  it('lists every frame and no elision line when the stack holds 100 frames or fewer', () => {
    const text = formatStackOverflow({ inner: [f, f], outer: [mainMain], frames: 5, finalizer: false });
    expect(text).not.toContain('elided');
    expect(text.split('\n').filter((l) => l === 'main.f(...)')).toHaveLength(2);
    expect(text).toMatch(/main\.main\(\)\n\tmain\.go:6\nruntime\.main\(\)\n/);
  });

  it("adds the finalizer goroutine once os is initialised, and the program's other goroutines after the runtime's", () => {
    const text = formatStackOverflow({ inner: [f], outer: [mainMain], frames: 4, finalizer: true, others: '\ngoroutine 5 [chan receive]:\n' });
    const order = [...text.matchAll(/^goroutine (\d+) \[([^\]]+)\]:$/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(order).toEqual(['1 running', '2 force gc (idle)', '3 GC sweep wait', '4 GC scavenge wait', '17 finalizer wait', '5 chan receive']);
  });
});

describe("a program's stack overflow", () => {
  const elided = (stderr: string): number => Number(/\n\.\.\.(\d+) frames elided\.\.\.\n/.exec(stderr)?.[1]);
  const goroutines = (stderr: string): string[] => [...stderr.matchAll(/^goroutine \d+ \[([^\]]+)\]:$/gm)].map((m) => m[1]!);

  it('counts frames from the words of the calls each function makes, through blocking (generator) functions too', () => {
    // f can block, so it runs as a generator and hits our depth limit rather than the JS stack; Go: 32-byte frames
    const r = goRun('package main\n\nfunc f(n int, ch chan int) int {\n\tif n < 0 {\n\t\t<-ch\n\t}\n\treturn f(n+1, ch) + 1\n}\n\nfunc main() {\n\tf(0, nil)\n}\n');
    expect(r.outcome).toBe('stack');
    expect(elided(r.stderr)).toBe(16777085);
    expect(r.stderr).toMatch(/main\.f\(\.\.\.\)\n\tmain\.go:7\nmain\.main\(\)\n\tmain\.go:11\nruntime\.main\(\)/);
    expect(goroutines(r.stderr)).toEqual(['running', 'force gc (idle)', 'GC sweep wait', 'GC scavenge wait']);
  });

  it("matches real Go's count for a string argument, and lists the finalizer and the program's other goroutines when fmt is used", () => {
    // measured with Go 1.23: ...13421648 frames elided...; goroutines after the runtime's: finalizer, then the program's
    const r = goRun('package main\n\nimport "fmt"\n\nfunc f(s string, n int) int { return f(s, n+1) + 1 }\n\nfunc main() {\n\tgo func() { select {} }()\n\tfmt.Println(f("x", 0))\n}\n');
    expect(r.outcome).toBe('stack');
    expect(r.exitCode).toBe(2);
    expect(elided(r.stderr)).toBe(13421648);
    const gs = goroutines(r.stderr);
    expect(gs.slice(0, 5)).toEqual(['running', 'force gc (idle)', 'GC sweep wait', 'GC scavenge wait', 'finalizer wait']);
    expect(gs).toHaveLength(6);
    expect(r.stderr).toMatch(/created by main\.main in goroutine 1\n\tmain\.go:8\n$/);
  });

  it('prints the innermost 50 and outermost 50 frames around the elision line', () => {
    const r = goRun('package main\n\nfunc f(n int) int { return f(n+1) + 1 }\n\nfunc main() {\n\tf(0)\n}\n');
    const g1 = r.stderr.split('\ngoroutine 1 [running]:\n')[1]!.split('\n\n')[0]!;
    const [top, bottom] = g1.split(/\.\.\.\d+ frames elided\.\.\.\n/);
    expect(top!.match(/^main\.f\(\.\.\.\)$/gm)).toHaveLength(50);
    expect(bottom!.match(/^main\.f\(\.\.\.\)$/gm)).toHaveLength(47);
    expect(bottom).toMatch(/main\.main\(\)\n\tmain\.go:6\nruntime\.main\(\)\n[^\n]+\nruntime\.goexit\(\{\}\)\n[^\n]+$/);
  });
});

describe("a goroutine's stack overflow", () => {
  it('heads the report with that goroutine, ends its stack with goexit and its creator, and lists goroutine 1 before the runtime\'s', () => {
    const r = goRun('package main\n\nfunc f(n int) int { return f(n+1) + 1 }\n\nfunc main() {\n\tdone := make(chan int)\n\tgo func() {\n\t\tdone <- f(0)\n\t}()\n\t<-done\n}\n');
    expect(r.outcome).toBe('stack');
    expect(r.exitCode).toBe(2);
    const heads = [...r.stderr.matchAll(/^goroutine (\d+) \[([^\]]+)\]:$/gm)].map((m) => m[2]);
    expect(heads).toEqual(['running', 'chan receive', 'force gc (idle)', 'GC sweep wait', 'GC scavenge wait']);
    expect(r.stderr).not.toContain('goroutine 1 [running]');
    expect(r.stderr).toMatch(/main\.f\(\.\.\.\)\n\tmain\.go:3\nmain\.main\.func1\(\)\n\tmain\.go:8\nruntime\.goexit\(\{\}\)\n[^\n]+\ncreated by main\.main in goroutine 1\n\tmain\.go:7\n\ngoroutine 1 \[chan receive\]:\nmain\.main\(\)\n\tmain\.go:10\n/);
    expect(r.stderr).not.toMatch(/main\.func1\(\)\n\tmain\.go:8\nruntime\.main\(\)/);
  });
});

describe('a stack overflow in a function the host calls (the grader)', () => {
  it('names the goroutine the host started, not goroutine 1', async () => {
    const { compile, callFunction } = await import('../../../src/go/index.ts');
    const c = compile([{ name: 'main.go', text: 'package main\n\nfunc F(n int) int { return F(n+1) + 1 }\n\nfunc main() {}\n' }]);
    if (!c.ok) throw new Error(c.diagnostics.map((d) => d.message).join('\n'));
    const r = callFunction(c.program, 'F', () => [0], 1);
    expect(r.outcome).toBe('stack');
    expect(r.stderr).toMatch(/\ngoroutine 2 \[running\]:\nmain\.F\(\.\.\.\)\n\tmain\.go:3\n/);
    expect(r.stderr).not.toContain('goroutine 1 [running]');
  });
});
