// Builds and runs one Go program with real Go 1.23 and returns its normalised result.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normaliseStderr, type Expected } from './golden-file.ts';

/** GO is the real Go toolchain used to record and check goldens. */
export const GO = process.env.LEAKPROOF_GO ?? '/usr/lib/go-1.23/bin/go';

const env = {
  ...process.env,
  GOFLAGS: '-mod=mod',
  GOPROXY: 'off',
  GOTOOLCHAIN: 'local',
  GOCACHE: process.env.LEAKPROOF_GOCACHE ?? join(tmpdir(), 'leakproof-gocache'),
  GOPATH: join(tmpdir(), 'leakproof-gopath'),
  GOTRACEBACK: 'single',
};

/** runRealGo builds `source` as main.go of a go 1.23 module, runs it, and returns stdout, normalised stderr and exit. */
export function runRealGo(source: string, timeoutMs = 90_000): Expected {
  const dir = mkdtempSync(join(tmpdir(), 'leakproof-golden-'));
  try {
    writeFileSync(join(dir, 'go.mod'), 'module example\n\ngo 1.23\n');
    writeFileSync(join(dir, 'main.go'), source);
    const build = spawnSync(GO, ['build', '-o', 'prog', 'main.go'], { cwd: dir, env, encoding: 'utf8' });
    if (build.status !== 0) {
      return { stdout: '', stderr: normaliseStderr(build.stderr), exit: build.status ?? 1 };
    }
    const run = spawnSync(join(dir, 'prog'), [], { cwd: dir, env, encoding: 'utf8', timeout: timeoutMs });
    if (run.error) throw new Error(`running the program failed: ${run.error.message}`);
    if (run.signal) throw new Error(`program killed by ${run.signal} (does it terminate under real Go?)`);
    return { stdout: run.stdout, stderr: normaliseStderr(run.stderr), exit: run.status ?? 0 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** goVersion returns `go version`'s output. */
export function goVersion(): string {
  return execFileSync(GO, ['version'], { encoding: 'utf8' }).trim();
}
