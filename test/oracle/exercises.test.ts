import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertGoInstalled, GO, makeModule, runGo } from './go-env';

// Every exercise's starter, solution and mistakes are real Go: each builds and passes go vet with
// Go 1.23 and go-sql-driver/mysql 1.9 (and is gofmt-clean, as a team's code would be).
const root = join(import.meta.dirname, '../../exercises');
// Go exercises have a starter.go; the Pool Lab's exercises (kinds settings, finding, alerts) have none.
const slugs = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'starter.go')))
  .map((d) => d.name)
  .sort();
const programs = slugs.flatMap((slug) => {
  const dir = join(root, slug);
  const mistakes = readdirSync(join(dir, 'mistakes')).filter((f) => f.endsWith('.go')).sort();
  return ['starter.go', 'solution.go', ...mistakes.map((m) => `mistakes/${m}`)].map((f) => `${slug}/${f}`);
});

beforeAll(() => assertGoInstalled());

describe.each(programs)('exercises/%s', (file) => {
  it('builds, passes go vet and is gofmt-clean with Go 1.23 and go-sql-driver/mysql 1.9', () => {
    const dir = makeModule({ 'main.go': readFileSync(join(root, file), 'utf8') });
    const build = runGo(['build', '-o', '/dev/null', '.'], dir);
    expect(build.out, 'go build').toBe('');
    expect(build.code).toBe(0);
    const vet = runGo(['vet', '.'], dir);
    expect(vet.out, 'go vet').toBe('');
    expect(vet.code).toBe(0);
    const gofmt = execFileSync(join(dirname(GO), 'gofmt'), ['-l', 'main.go'], { cwd: dir, encoding: 'utf8' });
    expect(gofmt.trim(), 'gofmt -l').toBe('');
  });
});
