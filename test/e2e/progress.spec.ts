import { readFileSync } from 'node:fs';
import { expect, test } from './site';
import { checkAndWait, editorText, openExercise, pasteCode } from '../ui/workbench-e2e';

const KEY = 'leakproof.progress';

test('reload keeps the code, the hints seen and the passed state', async ({ page }) => {
  test.setTimeout(120_000);
  await openExercise(page, 'report-early-returns');
  const solution = readFileSync('exercises/report-early-returns/solution.go', 'utf8');
  await pasteCode(page, solution);
  await page.getByRole('button', { name: 'Hint' }).click();
  expect(await checkAndWait(page)).toBe('All scenarios passed');
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Editor ready. You have passed this exercise.' })).toBeVisible({ timeout: 30_000 });
  expect(await editorText(page)).toBe(solution);
  await expect(page.getByRole('heading', { name: 'Hint 1: a question' })).toBeVisible();
  await page.goto('/');
  await expect(page.locator('[data-progress-exercise="report-early-returns"]')).toHaveText('✓ passed');
  await expect(page.locator('[data-progress-exercise="first-match"]')).toHaveText('not started');
});

test('corrupt saved progress shows a notice and is reset, never a crash', async ({ page }) => {
  await page.goto('/');
  await page.evaluate((k) => localStorage.setItem(k, '{"version":1,"exercises":{"first-match":{"code":42}}}'), KEY);
  await openExercise(page, 'first-match');
  await expect(page.locator('#progress-notice')).toContainText('Your saved progress could not be read (the saved progress is damaged at exercises.first-match.code');
  await expect(page.locator('#progress-notice')).toContainText('so it was reset.');
  expect(await editorText(page)).toBe(readFileSync('exercises/first-match/starter.go', 'utf8'));
  const saved = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!), KEY);
  expect(saved).toEqual({ version: 1, exercises: {} });
});

test('old-format progress is reported by version and reset', async ({ page }) => {
  await page.goto('/');
  await page.evaluate((k) => localStorage.setItem(k, '{"version":0,"code":{}}'), KEY);
  await openExercise(page, 'transfer');
  await expect(page.locator('#progress-notice')).toContainText('the saved progress has format version 0, this site reads version 1');
});

test('code saved from an older starter is kept, the learner is told and can compare with the new starter', async ({ page }) => {
  await page.goto('/');
  const mine = 'package main\n\n// started from an older starter\nfunc main() {}\n';
  await page.evaluate(([k, code]) => localStorage.setItem(k!, JSON.stringify({ version: 1, exercises: { transfer: { code, starterHash: '00000000', hintsSeen: 0, passed: false, checked: false, cursor: { line: 1, col: 1 } } } })), [KEY, mine]);
  await openExercise(page, 'transfer');
  await expect(page.locator('#progress-notice')).toContainText('This exercise has changed since you started it.');
  expect(await editorText(page)).toBe(mine);
  await page.getByRole('button', { name: 'Compare with the new starter' }).click();
  const diff = page.getByRole('region', { name: 'Your code (left) and the exercise\'s new starter (right)' });
  await expect(diff.locator('.original .view-lines')).toContainText('started from an older starter');
  expect(await editorText(page)).toBe(mine);
});

test('export then import restores progress', async ({ page }) => {
  await openExercise(page, 'query-helper');
  const mine = (await editorText(page)) + '// exported\n';
  await pasteCode(page, mine);
  await page.getByRole('button', { name: 'Hint' }).click();
  await page.getByRole('button', { name: 'Hint' }).click();
  await page.locator('summary', { hasText: 'Your progress' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = await (await download).path();
  const text = readFileSync(file, 'utf8');
  expect(JSON.parse(text).exercises['query-helper']).toMatchObject({ code: mine, hintsSeen: 2 });

  await page.goto('/'); // leave first: the exercise page saves on the way out
  await page.evaluate(() => localStorage.clear());
  await openExercise(page, 'query-helper');
  expect(await editorText(page)).not.toBe(mine);
  await page.locator('summary', { hasText: 'Your progress' }).click();
  await page.getByLabel('Import progress').setInputFiles(file);
  await expect(page.locator('#progress-notice')).toHaveText('Progress imported: 1 exercise.');
  await expect.poll(() => editorText(page)).toBe(mine);
  await expect(page.getByRole('heading', { name: 'Hint 2: the idea' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Editor ready' })).toBeVisible({ timeout: 30_000 });
  expect(await editorText(page)).toBe(mine);
});

test('importing a damaged file is refused and leaves progress as it was', async ({ page }) => {
  await openExercise(page, 'query-helper');
  await page.locator('summary', { hasText: 'Your progress' }).click();
  await page.getByLabel('Import progress').setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from('{"version":1,"exercises":[]}') });
  await expect(page.locator('#progress-notice')).toContainText('That file could not be imported: the file is damaged at exercises');
  await expect(page.locator('#progress-notice')).toContainText('Your progress is unchanged.');
});
