import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'leakproof-cli-'));
const cli = join(import.meta.dirname, '../../src/cli/leakproof.ts');
const tsx = join(import.meta.dirname, '../../node_modules/.bin/tsx');

function run(files: Record<string, string>, extra: string[] = []): { code: number; stdout: string; stderr: string } {
  const paths = Object.entries(files).map(([name, text]) => { const p = join(dir, name); writeFileSync(p, text); return p; });
  try {
    const stdout = execFileSync(tsx, [cli, 'run', ...paths, ...extra], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { code: 0, stdout, stderr: '' };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('leakproof run', () => {
  it('runs several files of package main and prints only the program output', () => {
    const r = run({
      'main.go': 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println(greet("gopher"))\n}\n',
      'greet.go': 'package main\n\nfunc greet(n string) string { return "hello, " + n }\n',
    });
    expect(r).toEqual({ code: 0, stdout: 'hello, gopher\n', stderr: '' });
  });

  it('prints compile errors as go build does and exits 1', () => {
    const r = run({ 'bad.go': 'package main\n\nimport "os"\n\nfunc main() {\n\tx := 1\n}\n' });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('# command-line-arguments\n./bad.go:3:8: "os" imported and not used\n./bad.go:6:2: declared and not used: x\n');
  });

  it('exits 2 on a panic and with the os.Exit code otherwise, like go run', () => {
    const p = run({ 'p.go': 'package main\n\nfunc main() {\n\tpanic("boom")\n}\n' });
    expect(p.code).toBe(2);
    expect(p.stderr).toBe('panic: boom\n\ngoroutine 1 [running]:\nmain.main()\n\tp.go:4\nexit status 2\n');
    const e = run({ 'e.go': 'package main\n\nimport "os"\n\nfunc main() {\n\tos.Exit(4)\n}\n' });
    expect(e.code).toBe(4);
  });

  it('uses virtual time: an hour of sleep returns at once', () => {
    const r = run({ 's.go': 'package main\n\nimport (\n\t"fmt"\n\t"time"\n)\n\nfunc main() {\n\ttime.Sleep(time.Hour)\n\tfmt.Println("done")\n}\n' }, ['--seed', '3']);
    expect(r).toEqual({ code: 0, stdout: 'done\n', stderr: '' });
  });
});
