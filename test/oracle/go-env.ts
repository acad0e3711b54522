import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** GO is the Go 1.23 toolchain the oracle tests compare against (scripts/install-system-deps.sh installs it). */
export const GO = process.env.LEAKPROOF_GO ?? '/usr/lib/go-1.23/bin/go';
/** DRIVER_SRC is go-sql-driver/mysql 1.9's source tree, unpacked from Debian trixie's -dev package. */
export const DRIVER_SRC = join(process.env.LEAKPROOF_DRIVER_DIR ?? '/opt/leakproof/driver19', 'usr/share/gocode/src/github.com/go-sql-driver/mysql');
const EDWARDS = '/usr/share/gocode/src/filippo.io/edwards25519';

/** assertGoInstalled fails with a message that says how to install the oracle's toolchain. */
export function assertGoInstalled(): void {
  if (!existsSync(GO)) throw new Error(`Go 1.23 not found at ${GO}: run scripts/install-system-deps.sh (as root)`);
  if (!existsSync(join(DRIVER_SRC, 'driver.go'))) throw new Error(`go-sql-driver/mysql 1.9 not found at ${DRIVER_SRC}: run scripts/install-system-deps.sh`);
}

/** goEnv is the environment for offline, reproducible Go builds. */
export function goEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GOFLAGS: '-mod=mod',
    GOPROXY: 'off',
    GOSUMDB: 'off',
    GONOSUMDB: '*',
    GOTOOLCHAIN: 'local',
    GOCACHE: process.env.LEAKPROOF_GOCACHE ?? join(tmpdir(), 'leakproof-gocache'),
    GOPATH: join(tmpdir(), 'leakproof-gopath'),
  };
}

/** goModWithDriver returns a go.mod that resolves go-sql-driver/mysql 1.9 from the local source tree. */
export function goModWithDriver(module = 'example'): string {
  return [
    `module ${module}`,
    '',
    'go 1.23',
    '',
    'require (',
    '\tgithub.com/go-sql-driver/mysql v1.9.0',
    '\tfilippo.io/edwards25519 v1.1.0',
    ')',
    '',
    `replace github.com/go-sql-driver/mysql => ${DRIVER_SRC}`,
    '',
    `replace filippo.io/edwards25519 => ${EDWARDS}`,
    '',
  ].join('\n');
}

/** makeModule creates a temporary module directory holding the given files and a go.mod with the driver. */
export function makeModule(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'leakproof-go-'));
  writeFileSync(join(dir, 'go.mod'), goModWithDriver());
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** runGo runs the go command in dir and returns its combined output and exit code. */
export function runGo(args: string[], dir: string): { code: number; out: string } {
  try {
    const out = execFileSync(GO, args, { cwd: dir, env: goEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { code: 0, out };
  } catch (e) {
    const err = e as { status?: number; stdout?: string; stderr?: string };
    return { code: err.status ?? 1, out: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}
