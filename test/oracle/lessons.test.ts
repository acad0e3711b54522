import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLessonFile, checkLessonSource, formatProblem } from '../../scripts/lesson-go-check';
import { assertGoInstalled } from './go-env';

// Every ```go block in lessons/ parses with real gofmt -e; every complete program
// (package main) builds and passes go vet with Go 1.23 and go-sql-driver/mysql 1.9.
const root = join(import.meta.dirname, '../..');
const lessonDir = join(root, 'lessons');
const lessons = existsSync(lessonDir) ? readdirSync(lessonDir).filter((f) => f.endsWith('.mdx')).sort() : [];
// The cheat sheet's patterns are Go too: they must at least parse.
const pages = readdirSync(join(root, 'src/pages')).filter((f) => f.endsWith('.mdx')).sort();

beforeAll(() => assertGoInstalled());

describe('the lesson Go checker', () => {
  it('reports a parse error, a build error and a vet error at their lines in the lesson file', () => {
    const r = checkLessonFile(join(root, 'test/site/fixtures/go-blocks.mdx'));
    expect(r.blocks).toBe(5);
    expect(r.programs).toBe(3);
    expect(r.problems.map((p) => [p.step, p.block, p.line])).toEqual([
      ['gofmt', 2, 19],
      ['vet', 3, 30],
      ['build', 4, 40],
    ]);
    expect(r.problems[2].message).toBe('declared and not used: x');
  });

  it('builds and vets a file whose only Go block is one complete program', () => {
    const src = '# One\n\n```go\npackage main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("ok")\n}\n```\n';
    const r = checkLessonSource('one.mdx', src);
    expect(r.programs).toBe(1);
    expect(r.problems).toEqual([]);
  });
});

describe.each([...lessons.map((f) => `lessons/${f}`), ...pages.map((f) => `src/pages/${f}`)])('%s', (file) => {
  it('has Go blocks that parse, and complete programs that build and vet', () => {
    const r = checkLessonFile(join(root, file));
    expect(r.problems.map((p) => formatProblem(file, p))).toEqual([]);
  });
});
