import { describe, expect, it } from 'vitest';
import { Runtime } from '../../../src/go/runtime/runtime.ts';
import { installStd, registerStdPackage } from '../../../src/go/std/index.ts';
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
    expect(Object.keys(rt.pkgs)).not.toContain('sort');
    const sort = rt.pkgs.sort;
    expect(typeof sort.funcs.Ints).toBe('function');
    expect(rt.pkgs.sort).toBe(sort);
    expect(Object.keys(rt.pkgs)).toContain('sort');
    expect(Object.keys(rt.pkgs)).not.toContain('strings');
  });

  it('gives each run its own package state', () => {
    const a = fresh(), b = fresh();
    expect(a.pkgs.sync).not.toBe(b.pkgs.sync);
    expect(a.pkgs.sync.types.WaitGroup).not.toBe(b.pkgs.sync.types.WaitGroup);
  });

  it('builds context against the same run\'s time package', () => {
    const rt = fresh();
    const ctx = rt.pkgs.context;
    expect(ctx.funcs.Background).toBeTypeOf('function');
    expect(Object.keys(rt.pkgs)).toContain('context');
    // reading context did not need the time package yet; time.Time is the run's own once read
    expect(rt.pkgs.time.types.Time.str).toBe('time.Time');
  });

  it('builds the database packages on first read of any of them', () => {
    const rt = fresh();
    expect(Object.keys(rt.pkgs)).not.toContain('database/sql');
    expect(rt.pkgs['github.com/go-sql-driver/mysql'].types.MySQLError).toBeDefined();
    expect(Object.keys(rt.pkgs)).toContain('database/sql');
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
