import type { Request } from '@playwright/test';
import { expect, test } from './site';
import { checkAndWait, openExercise, pasteCode } from '../ui/workbench-e2e';

const MISMATCH = 'package main\n\nimport "fmt"\n\nfunc f() (int, error) { return 0, nil }\n\nfunc main() {\n\tx := f()\n\tfmt.Println(x)\n}\n';
const OK = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("fine")\n}\n';

test('a type error is shown with Go\'s text after the diagnostics chunk loads; a correct program does not fetch it', async ({ page, context }) => {
  const fetched: string[] = [];
  context.on('request', (r: Request) => { fetched.push(r.url()); });
  await openExercise(page, 'first-match');
  await pasteCode(page, OK);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.locator('#output')).toHaveText('fine');
  expect(fetched.filter((u) => /\/_astro\/diag-[\w-]+\.js$/.test(u))).toEqual([]);
  await pasteCode(page, MISMATCH);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.locator('#output')).toHaveText('# command-line-arguments\n./main.go:8:7: assignment mismatch: 1 variable but f returns 2 values');
  expect(fetched.filter((u) => /\/_astro\/diag-[\w-]+\.js$/.test(u))).toHaveLength(1);
});

test('Check on a program with a type error reports Go\'s text', async ({ page }) => {
  await openExercise(page, 'first-match');
  await pasteCode(page, MISMATCH);
  await checkAndWait(page);
  await expect(page.locator('body')).toContainText('assignment mismatch: 1 variable but f returns 2 values');
  await expect(page.locator('body')).not.toContainText('wrong number');
});
