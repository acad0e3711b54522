// Records types/column-types.out and types/unsigned-float.out with the real stack: Go 1.23 + go-sql-driver/mysql 1.9 (offline build,
// test/oracle/go-env.ts) against a MariaDB set up as /work/shared/fidelity/db.sh does (database course with the
// fidelity users table, account gtapp). SCAN_DSN points at it. Not part of npm test:
//   SCAN_DSN='gtapp:gtapp-pw-1@tcp(127.0.0.1:3397)/course' npx tsx test/go/sql/types/record.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { goModWithDriver, makeModule, runGo } from '../../../oracle/go-env.ts';

for (const name of ['column-types', 'unsigned-float']) {
  const src = readFileSync(join(import.meta.dirname, `${name}.go`), 'utf8');
  const dir = makeModule({ 'go.mod': goModWithDriver('typesrec'), 'main.go': src });
  const b = runGo(['build', '-o', join(dir, 'prog'), '.'], dir);
  if (b.code !== 0) {
    console.log(b.out);
    process.exit(1);
  }
  const out = execFileSync(join(dir, 'prog'), { env: { SCAN_DSN: process.env.SCAN_DSN ?? 'gtapp:gtapp-pw-1@tcp(127.0.0.1:3397)/course' }, encoding: 'utf8' });
  writeFileSync(join(import.meta.dirname, `${name}.out`), out);
  console.log(`${name}: ok`);
}
