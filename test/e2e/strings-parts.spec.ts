// strings and strconv in two parts (docs/go-bundle-std-split.md): a program using what course programs use fetches
// each package's own chunk only; one naming another member fetches the package's rest once, through the runner
// worker's retry, and prints Go's output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request } from '@playwright/test';
import { expect, test } from './site';
import { checkAndWait, openExercise, pasteCode } from '../ui/workbench-e2e';

const OWN = 'package main\n\nimport (\n\t"fmt"\n\t"strconv"\n\t"strings"\n)\n\nfunc main() {\n\tn, _ := strconv.Atoi("41")\n\tfmt.Println(strings.ToUpper("go"), strconv.Itoa(n+1), strings.HasSuffix("ab", "b"))\n}\n';
const REST = 'package main\n\nimport (\n\t"fmt"\n\t"strconv"\n\t"strings"\n)\n\nfunc main() {\n\tfmt.Println(strings.Fields(" a  b "), strconv.Quote("tab\\there"), strings.TrimSpace(" x "))\n}\n';
/** chunk names a chunk file as the site's build names it (`strings-more-<hash>.js`). */
const chunk = (file: string) => new RegExp(`/_astro/${file}-[\\w-]{8}\\.js$`);

test('a program naming a member outside strings\'s and strconv\'s own chunks fetches their rests once, and runs', async ({ page, context }) => {
  const fetched: string[] = [];
  context.on('request', (r: Request) => { fetched.push(r.url()); });
  await openExercise(page, 'first-match');
  await pasteCode(page, OWN);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.locator('#output')).toHaveText('GO 42 true');
  expect(fetched.filter((u) => chunk('strings').test(u))).toHaveLength(1);
  expect(fetched.filter((u) => chunk('strconv').test(u))).toHaveLength(1);
  expect(fetched.filter((u) => chunk('strings-more').test(u) || chunk('strconv-more').test(u))).toEqual([]);

  await pasteCode(page, REST);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  // real Go 1.23's output
  await expect(page.locator('#output')).toHaveText('[a b] "tab\\there" x');
  expect(fetched.filter((u) => chunk('strings-more').test(u))).toHaveLength(1);
  expect(fetched.filter((u) => chunk('strconv-more').test(u))).toHaveLength(1);
});

test('Check grades a solution naming a member of strings\'s rest (loaded through the retry) as the reference', async ({ page, context }) => {
  const fetched: string[] = [];
  context.on('request', (r: Request) => { fetched.push(r.url()); });
  const solution = readFileSync(join(import.meta.dirname, '../../exercises/first-match/solution.go'), 'utf8');
  const rest = solution.replace('strings.HasSuffix(name, "7")', 'strings.TrimSuffix(name, "7") != name');
  expect(rest).not.toBe(solution);
  await openExercise(page, 'first-match');
  await pasteCode(page, rest);
  expect(await checkAndWait(page)).toBe('All scenarios passed');
  expect(fetched.filter((u) => chunk('strings-more').test(u))).toHaveLength(1);
});
