import { describe, expect, it } from 'vitest';
import { callFunction, compile } from '../../../src/go/index.ts';
import { World } from '../../../src/sim/world.ts';

const src = `package main

import (
	"fmt"
	"time"
)

var calls int

func Work(id int, d time.Duration) string {
	calls++
	time.Sleep(d)
	return fmt.Sprintf("worker %d done after %v (call %d)", id, d, calls)
}

func main() {}
`;

describe('callFunction (the grader entry point)', () => {
  it('runs one function in N goroutines of a given world with host-built arguments', () => {
    const c = compile([{ name: 'main.go', text: src }]);
    if (!c.ok) throw new Error(c.diagnostics.map((d) => d.message).join('\n'));
    const world = new World({ seed: 1 });
    const r = callFunction(c.program, 'Work', (i) => [i, (3 - i) * 1e9], 3, { world });
    expect(r.outcome).toBe('exit');
    expect(r.results).toEqual(['worker 0 done after 3s (call 3)', 'worker 1 done after 2s (call 3)', 'worker 2 done after 1s (call 3)']);
    expect(world.now()).toBe(3e9);
  });
});
