import { describe, expect, it } from 'vitest';
import { Runtime } from '../../../src/go/runtime/runtime.ts';
import { builtStd, installStd, registerStdPackage } from '../../../src/go/std/index.ts';
import { goroutineOfTask } from '../../../src/go/std/sql/database-sql.ts';
import { basic, chanOf, mapOf, named, ptrTo, sliceOf, arrayOf } from '../../../src/go/runtime/rtype.ts';
import { World } from '../../../src/sim/world.ts';

function fresh(seed = 1): Runtime {
  const rt = new Runtime(new World({ seed }));
  installStd(rt);
  return rt;
}

describe('standard packages are built per run, on first use', () => {
  it('builds a package when it is first read and keeps that instance for the run', () => {
    const rt = fresh();
    expect(builtStd(rt)).not.toContain('sort');
    const sort = rt.pkgs.sort;
    expect(typeof sort.funcs.Ints).toBe('function');
    expect(rt.pkgs.sort).toBe(sort);
    expect(builtStd(rt)).toContain('sort');
    expect(builtStd(rt)).not.toContain('strings');
  });

  it('gives each run packages bound to its own world', () => {
    const a = fresh(1), b = fresh(2);
    const ga = a.go(null, function* () { /* nothing */ }, []), gb = b.go(null, function* () { /* nothing */ }, []);
    expect(a.pkgs.context.funcs.Background(ga).v.world).toBe(a.world);
    expect(b.pkgs.context.funcs.Background(gb).v.world).toBe(b.world);
  });

  it('builds context without the time package, and both name the same time.Time', () => {
    const rt = fresh();
    const ctx = rt.pkgs.context;
    expect(ctx.funcs.Background).toBeTypeOf('function');
    expect(builtStd(rt)).toEqual(['context']);
    expect(rt.pkgs.time.types.Time.str).toBe('time.Time');
    expect(fresh().pkgs.time.types.Time).toBe(rt.pkgs.time.types.Time);
  });

  it('builds each database and web package alone, on first read of that package', () => {
    const rt = fresh();
    expect(rt.pkgs['github.com/go-sql-driver/mysql'].types.MySQLError).toBeDefined();
    expect(builtStd(rt)).toEqual(['github.com/go-sql-driver/mysql']);
    expect(rt.pkgs['encoding/json'].funcs.Marshal).toBeTypeOf('function');
    expect(builtStd(rt)).toEqual(['github.com/go-sql-driver/mysql', 'encoding/json']);
    expect(rt.pkgs['database/sql'].types.NullString).toBeDefined();
    expect(builtStd(rt)).not.toContain('net/http');
    expect(builtStd(rt)).not.toContain('expvar');
  });

  it('builds what a program imports and nothing else', async () => {
    const { compile } = await import('../../../src/go/index.ts');
    const src = 'package main\n\nimport (\n\t"encoding/json"\n\t"fmt"\n)\n\nfunc main() {\n\tb, _ := json.Marshal(map[string]int{"a": 1})\n\tfmt.Println(string(b))\n}\n';
    const c = compile([{ name: 'main.go', text: src }]);
    if (!c.ok) throw new Error(c.diagnostics.map((d) => d.message).join('\n'));
    const rt = fresh();
    const inst = c.program.factory(rt, (await import('../../../src/go/runtime/helpers.ts')).H, basic);
    rt.goMain(inst.init, inst.main);
    rt.world.run({ until: () => rt.exited !== null });
    expect(rt.stdoutText()).toBe('{"a":1}\n');
    const seen = builtStd(rt);
    expect(seen).toContain('encoding/json');
    expect(seen).toContain('fmt');
    expect(seen).not.toContain('database/sql');
    expect(seen).not.toContain('net/http');
    expect(seen).not.toContain('expvar');
  });

  it('lets a package be replaced by assignment, and builds registered packages with the run', () => {
    const rt = fresh();
    rt.pkgs.os = { funcs: {}, vars: {}, types: {} };
    expect(rt.pkgs.os.funcs).toEqual({});
    let builtFor: Runtime | null = null;
    registerStdPackage('example.com/lazy', (r) => { builtFor = r; return { funcs: { F: () => 1 }, vars: {}, types: {} }; });
    const rt2 = fresh();
    expect(builtFor).toBe(null);
    expect((rt2.pkgs['example.com/lazy'].funcs.F as () => number)()).toBe(1);
    expect(builtFor).toBe(rt2);
  });
});

describe('goroutineOfTask', () => {
  it('maps a task to its Go goroutine even when database/sql was never read', () => {
    const rt = fresh();
    const g = rt.go(null, function* () { /* nothing */ }, []);
    const g2 = rt.go(g, function* () { /* nothing */ }, []);
    expect(goroutineOfTask(rt.world, g2.task.id)).toBe(2);
    expect(goroutineOfTask(rt.world, g.task.id)).toBe(1);
    expect(goroutineOfTask(rt.world, 999)).toBeUndefined();
  });
});

describe('composite type descriptors', () => {
  it('are one descriptor per element type, and a named type has its own pointer type', () => {
    const n = named('main', 'IDs', sliceOf(basic.int));
    expect(sliceOf(basic.int)).toBe(sliceOf(basic.int));
    expect(ptrTo(n)).toBe(ptrTo(n));
    expect(ptrTo(n)).not.toBe(ptrTo(sliceOf(basic.int)));
    expect(ptrTo(n).str).toBe('*main.IDs');
    expect(sliceOf(n).str).toBe('[]main.IDs');
    expect(arrayOf(n, 3)).toBe(arrayOf(n, 3));
    expect(arrayOf(n, 3)).not.toBe(arrayOf(n, 4));
    expect(mapOf(basic.string, n)).toBe(mapOf(basic.string, n));
    expect(mapOf(basic.string, n)).not.toBe(mapOf(basic.int, n));
    expect(chanOf(n, 'send').str).toBe('chan<- main.IDs');
    expect(chanOf(n, 'send')).not.toBe(chanOf(n, 'recv'));
  });
});

describe('sync is one package for every run', () => {
  it('parks and wakes each goroutine in its own world when two runs interleave', async () => {
    const { compile } = await import('../../../src/go/index.ts');
    const { H } = await import('../../../src/go/runtime/helpers.ts');
    const src = `package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			time.Sleep(time.Duration(i) * time.Millisecond)
			total += i
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(total, time.Since(time.Time{}) > 0)
}
`;
    const c = compile([{ name: 'main.go', text: src }]);
    if (!c.ok) throw new Error(c.diagnostics.map((d) => d.message).join('\n'));
    const rts = [fresh(1), fresh(2)];
    for (const rt of rts) {
      const inst = c.program.factory(rt, H, basic);
      rt.go(null, function* (g) { yield* inst.init(g); yield* inst.main!(g); rt.exited = { code: 0, outcome: 'exit' }; }, []);
    }
    let turns = 0;
    while (rts.some((rt) => !rt.exited) && turns++ < 1000) for (const rt of rts) if (!rt.exited) rt.world.run({ maxSteps: 1 });
    for (const rt of rts) {
      expect(rt.exited).toEqual({ code: 0, outcome: 'exit' });
      expect(rt.stdoutText()).toBe('6 true\n');
      expect(rt.world.now()).toBe(6_000_000);
    }
  });
});
