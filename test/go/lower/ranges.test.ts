import { describe, expect, it } from 'vitest';
import { goRun, prog } from './run.ts';

// Reference results are computed here with BigInt and wrapped to int64, independently of the runtime.
const wrap64 = (b: bigint): bigint => BigInt.asIntN(64, b);

describe('counted loops use plain JS arithmetic only where it is exact', () => {
  it('computes xor and shifts of the loop variable as Go does, with plain operators in the lowered code', () => {
    const r = goRun(prog('s := 0\nfor i := 0; i < 5000; i++ {\n\ts += i ^ (i >> 3)\n}\nfmt.Println(s)'));
    let s = 0n;
    for (let i = 0n; i < 5000n; i++) s += i ^ (i >> 3n);
    expect(r.stdout).toBe(`${s}\n`);
    expect(r.source).toMatch(/\(v_i \^ \(\(?v_i >> 3\)?\)\)/);
    expect(r.source).not.toContain('xor64(v_i');
  });

  it('keeps exact 64-bit helpers when a product of the loop variable can pass 2^53', () => {
    const r = goRun(prog('s := 0\nfor i := 1; i <= 3; i++ {\n\ts ^= i * 4611686018427387903\n\tfmt.Println(i * 4611686018427387903, s)\n}'));
    const lines: string[] = [];
    let s = 0n;
    for (let i = 1n; i <= 3n; i++) { const p = wrap64(i * 4611686018427387903n); s = wrap64(s ^ p); lines.push(`${p} ${s}`); }
    expect(r.stdout).toBe(lines.join('\n') + '\n');
  });

  it('does not treat a loop variable changed in the body as bounded', () => {
    const r = goRun(prog('n := 0\nfor i := 0; i < 10; i++ {\n\tif i == 2 {\n\t\ti = 9007199254740990\n\t}\n\tn = i + i\n\tfmt.Println(n)\n}'));
    expect(r.stdout).toBe(`0\n2\n${wrap64(2n * 9007199254740990n)}\n`);
  });

  it('does not treat a loop variable whose address is taken as bounded', () => {
    const r = goRun(prog('for i := 0; i < 3; i++ {\n\tp := &i\n\t*p = 1 << 62\n\tfmt.Println(i * 4)\n}'));
    expect(r.stdout).toBe(`${wrap64((1n << 62n) * 4n)}\n`);
  });

  it('bounds the key of a range over a constant or a slice, and keeps helpers for products past 2^53', () => {
    const r = goRun(prog('s := 0\nfor i := range 300 {\n\ts += i ^ (i >> 2) - i*3\n}\nxs := []int{7, 8, 9}\nfor k := range xs {\n\tfmt.Println(k*k+1, k*4611686018427387903)\n}\nfmt.Println(s)'));
    let s = 0n;
    for (let i = 0n; i < 300n; i++) s += (i ^ (i >> 2n)) - i * 3n;
    const lines = [0n, 1n, 2n].map((k) => `${k * k + 1n} ${wrap64(k * 4611686018427387903n)}`);
    expect(r.stdout).toBe(`${lines.join('\n')}\n${s}\n`);
    expect(r.source).toMatch(/\(v_i \^ \(\(?v_i >> 2\)?\)\)/);
  });

  it('does not treat a range key changed in the body as bounded', () => {
    const r = goRun(prog('for i := range 2 {\n\ti += 9007199254740990\n\tfmt.Println(i * 2)\n}'));
    expect(r.stdout).toBe(`${wrap64(2n * 9007199254740990n)}\n${wrap64(2n * 9007199254740991n)}\n`);
  });

  it('wraps 32-bit and smaller arithmetic inline as Go does', () => {
    const r = goRun(prog('var a int32 = 2147483647\nvar b uint8 = 250\nvar c int16 = -32768\nvar d uint32 = 1\nfmt.Println(a+1, b+10, c-1, d-2, a*a)'));
    expect(r.stdout).toBe(`-2147483648 4 32767 4294967295 1\n`);
  });
});

describe('position writes are skipped only where nothing can read them', () => {
  it('still reports the line of a division by zero after quiet statements', () => {
    const r = goRun(prog('x, z := 1, 0\nfor i := 0; i < 2; i++ {\n\tx += i\n\tz = z * 1\n}\nfmt.Println(x / z)\nfmt.Println(x)'));
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('panic: runtime error: integer divide by zero');
    expect(r.stderr).toMatch(/main\.main\(\)\n\tmain\.go:15\n/);
  });

  it('names the loop line when a loop with a quiet condition runs out of steps', () => {
    // the channel receive makes main a goroutine function with a frame (plain functions report no line)
    const r = goRun(prog('ch := make(chan int, 1)\nch <- 1\nn := <-ch\nfor n >= 0 {\n\tn = n & 1\n}\nfmt.Println(n)'), { maxSteps: 100000 });
    expect(r.outcome).toBe('steps');
    expect(r.stderr).toMatch(/program did not finish in 100000 steps \(infinite loop\?\) at main\.go:13 in goroutine 1/);
  });

  it('reports the call line of a panic raised in a callee after quiet assignments in a goroutine function', () => {
    const r = goRun(prog('ch := make(chan int)\nn := 0\nn += 2\nn++\ngo func() { ch <- n }()\nfmt.Println(<-ch)\nboom(n)', ['fmt'], 'func boom(n int) { panic(n) }'));
    expect(r.stdout).toBe('3\n');
    expect(r.stderr).toMatch(/main\.main\(\)\n\tmain\.go:16/);
  });
});
