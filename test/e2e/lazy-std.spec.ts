// The runner worker fetches a standard-library package's chunk only when a program imports it
// (src/go/lazy.ts; the site's worker build swaps packages.eager.ts for packages.lazy.ts); fmt, io, errors, log,
// time and context are in the worker's entry file.
import type { Request } from '@playwright/test';
import { expect, test } from './site';
import { openExercise, pasteCode } from '../ui/workbench-e2e';

const FMT_ONLY = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Printf("%05.1f|%q\\n", 3.14159, "hi")\n}\n';
const RAND = 'package main\n\nimport (\n\t"fmt"\n\t"math/rand"\n)\n\nfunc main() {\n\tr := rand.New(rand.NewSource(42))\n\tfmt.Println(r.Intn(100), r.Intn(100))\n}\n';
/** chunk names a package's chunk file as the site's build names it (`math-rand-<hash>.js`). */
const chunk = (file: string) => new RegExp(`/_astro/${file}-[\\w-]+\\.js$`);

test('a program importing fmt fetches no package chunk; one importing math/rand fetches it and runs', async ({ page, context }) => {
  const fetched: string[] = [];
  context.on('request', (r: Request) => { fetched.push(r.url()); });
  await openExercise(page, 'first-match');
  await pasteCode(page, FMT_ONLY);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.locator('#output')).toHaveText('003.1|"hi"');
  expect(fetched.filter((u) => chunk('runner-worker').test(u))).toHaveLength(1);
  expect(fetched.filter((u) => /\/_astro\/(fmt|time)-/.test(u))).toEqual([]);
  expect(fetched.filter((u) => chunk('math-rand').test(u))).toEqual([]);

  await pasteCode(page, RAND);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  // real Go 1.23: rand.New(rand.NewSource(42)).Intn(100) twice
  await expect(page.locator('#output')).toHaveText('5 87');
  expect(fetched.filter((u) => chunk('math-rand').test(u))).toHaveLength(1);
});
