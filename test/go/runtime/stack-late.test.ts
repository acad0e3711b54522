// Go's stack-overflow report (src/go/runtime/stack-overflow.ts) is the browser's `go:stack` chunk, loaded only after
// a run that overflowed (src/go/syntax/late-keys.ts). While it is missing, a run that overflows must record the key
// (so the worker runs again with it) and still end as Go's overflow does; a run that does not overflow never needs it.
import { afterEach, describe, expect, it } from 'vitest';
import { runMain } from '../run-main.ts';
import { stackHook } from '../../../src/go/runtime/stack-hook.ts';
import { lateCount, lateKeys } from '../../../src/go/syntax/late-keys.ts';

const full = stackHook.report;
afterEach(() => { stackHook.report = full; });

const run = runMain;

const OVERFLOW = 'package main\n\nimport "fmt"\n\nfunc f(n int) int { return f(n+1) + 1 }\n\nfunc main() {\n\tfmt.Println("start")\n\tf(0)\n}\n';
const PANIC = 'package main\n\nfunc main() {\n\tvar s []int\n\t_ = s[3]\n}\n';

describe('the stack-overflow report as a late part', () => {
  it('records go:stack when a run overflows without it, and ends with exit 2 and the same stdout', () => {
    const eager = run(OVERFLOW);
    stackHook.report = undefined;
    const before = lateCount();
    const late = run(OVERFLOW);
    expect(lateCount()).toBe(before + 1);
    expect(lateKeys()).toContain('go:stack');
    expect(late.exitCode).toBe(2);
    expect(late.outcome).toBe('stack');
    expect(late.stdout).toBe(eager.stdout);
    expect(late.stdout).toBe('start\n');
  });

  it('gives the full Go report once loaded, without recording anything', () => {
    const before = lateCount();
    const r = run(OVERFLOW);
    expect(lateCount()).toBe(before);
    expect(r.stderr).toMatch(/^runtime: goroutine stack exceeds 1000000000-byte limit\n/);
    expect(r.stderr).toMatch(/\.\.\.\d+ frames elided\.\.\./);
  });

  it('is not needed by a run that panics without overflowing', () => {
    stackHook.report = undefined;
    const before = lateCount();
    const r = run(PANIC);
    expect(lateCount()).toBe(before);
    expect(r.stderr).toMatch(/^panic: runtime error: index out of range \[3\] with length 0\n/);
  });
});
