import { describe, expect, it } from 'vitest';
import { goRun, prog } from '../lower/run.ts';

describe('how a program ends', () => {
  it('prints an unrecovered panic with Go text and a goroutine trace, exit 2', () => {
    const r = goRun(prog('f(nil)', ['fmt'], 'type T struct{ V int }\nfunc f(p *T) {\n\tfmt.Println(p.V)\n}'));
    expect(r.exitCode).toBe(2);
    expect(r.outcome).toBe('panic');
    expect(r.stderr).toBe(
      'panic: runtime error: invalid memory address or nil pointer dereference\n' +
        '[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n\n' +
        'goroutine 1 [running]:\nmain.f(...)\n\tmain.go:9\nmain.main()\n\tmain.go:13\n',
    );
  });

  it('reports a deadlock with every blocked goroutine, its wait reason and creator', () => {
    const r = goRun(prog('ch := make(chan int)\n\tgo func() {\n\t\tch <- 1\n\t\tch <- 2\n\t}()\n\tselect {}', []));
    expect(r.outcome).toBe('deadlock');
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe(
      'fatal error: all goroutines are asleep - deadlock!\n\n' +
        'goroutine 1 [select (no cases)]:\nmain.main()\n\tmain.go:14\n\n' +
        'goroutine 2 [chan send]:\nmain.main.func1()\n\tmain.go:11\ncreated by main.main in goroutine 1\n\tmain.go:10\n',
    );
  });

  it('ends an infinite loop with the step budget instead of hanging', () => {
    const r = goRun(prog('for {\n\t}', []), { maxSteps: 100_000 });
    expect(r.outcome).toBe('steps');
    expect(r.stderr).toMatch(/program did not finish in 100000 steps \(infinite loop\?\)/);
  });

  it('stops a program that prints too much', () => {
    const r = goRun(prog('for {\n\t\tfmt.Println("spam")\n\t}'), { maxOutputBytes: 100 });
    expect(r.outcome).toBe('output');
    expect(r.stdout.length).toBe(100);
  });

  it('reports unbounded recursion as Go stack overflow', () => {
    const r = goRun(prog('f(0)', [], 'func f(n int) int { return f(n+1) + 1 }'));
    expect(r.outcome).toBe('stack');
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/^runtime: goroutine stack exceeds 1000000000-byte limit\nruntime: sp=0x[0-9a-f]+ stack=\[0x[0-9a-f]+, 0x[0-9a-f]+\]\nfatal error: stack overflow\n/);
    expect(r.stderr).toMatch(/\ngoroutine 1 \[running\]:\nmain.f\(...\)\n\tmain.go:6\n/);
    // Go's count for a 24-byte frame over main's 24 bytes (fmt unused: no finalizer goroutine), and main at the bottom
    expect(r.stderr).toContain('\n...22369478 frames elided...\n');
    expect(r.stderr).toMatch(/main.f\(...\)\n\tmain.go:6\nmain.main\(\)\n\tmain.go:\d+\nruntime.main\(\)\n/);
  });

  it('exits with the os.Exit code without running deferred calls', () => {
    const r = goRun(prog('defer fmt.Println("deferred")\n\tfmt.Println("bye")\n\tos.Exit(3)', ['fmt', 'os']));
    expect(r).toMatchObject({ exitCode: 3, stdout: 'bye\n', outcome: 'exit' });
  });

  it('advances virtual time only when every goroutine is blocked', () => {
    const r = goRun(prog('start := time.Now()\n\ttime.Sleep(time.Hour)\n\tfmt.Println(time.Since(start))', ['fmt', 'time']));
    expect(r.stdout).toBe('1h0m0s\n');
  });

  it('prints log.Fatal with the virtual 2000/01/01 timestamp and exits 1', () => {
    const r = goRun(prog('log.Fatal("boom")', ['log']));
    expect(r).toMatchObject({ exitCode: 1, stderr: '2000/01/01 00:00:00 boom\n' });
  });
});
