// Records test/go/sql/scan/scan-conversions.out with the real stack: Go 1.23 + go-sql-driver/mysql 1.9 (offline
// build, test/oracle/go-env.ts) against a MariaDB started as /work/shared/fidelity/db.sh does, with the app
// account gtapp on database course. SCAN_DSN (default 127.0.0.1:3398) points at it. Not part of npm test.
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { goModWithDriver, makeModule, runGo } from '../test/oracle/go-env.ts';
const src = readFileSync(join(import.meta.dirname, '../test/go/sql/scan/scan-conversions.go'), 'utf8');
const dir = makeModule({ 'go.mod': goModWithDriver('scanrec'), 'main.go': src });
const b = runGo(['build', '-o', join(dir, 'prog'), '.'], dir);
if (b.code !== 0) { console.log(b.out); process.exit(1); }
const out = execFileSync(join(dir, 'prog'), { env: { SCAN_DSN: process.env.SCAN_DSN ?? 'gtapp:gtapp-pw-1@tcp(127.0.0.1:3398)/course' }, encoding: 'utf8' });
writeFileSync(join(import.meta.dirname, '../test/go/sql/scan/scan-conversions.out'), out);
console.log('ok');
