import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './site';
import { checkAndWait, editorText, markers, openExercise, pasteCode } from '../ui/workbench-e2e';

const UNUSED = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tx := 1\n\tfmt.Println("a")\n}\n';
const PANICS = 'package main\n\nimport "fmt"\n\nfunc f(xs []int) int {\n\treturn xs[5]\n}\n\nfunc main() {\n\tfmt.Println("hi")\n\tf([]int{1})\n}\n';
const SPINS = 'package main\n\nfunc main() {\n\tx := 0\n\tfor {\n\t\tx++\n\t}\n}\n';
// Each iteration is a few steps but much host work, so the step budget is far away and the watchdog acts first.
const GRINDS = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfor i := 0; ; i++ {\n\t\t_ = fmt.Sprintf("%d %v %q %s", i, i, "abc", "x")\n\t}\n}\n';

test('a compile error is shown with Go\'s text and marked at its line and column', async ({ page }) => {
  await openExercise(page, 'first-match');
  await pasteCode(page, UNUSED);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.locator('#output')).toHaveText('# command-line-arguments\n./main.go:6:2: declared and not used: x');
  await expect.poll(() => markers(page)).toEqual([{ startLineNumber: 6, message: 'declared and not used: x', severity: 8 }]);
  await expect(page.locator('#editor .squiggly-error')).toHaveCount(1);
});

test('a panic shows Go\'s goroutine trace and marks the line that panicked', async ({ page }) => {
  await openExercise(page, 'first-match');
  await pasteCode(page, PANICS);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const out = page.locator('#output');
  await expect(out).toContainText('hi\npanic: runtime error: index out of range [5] with length 1\n\ngoroutine 1 [running]:\nmain.f(...)\n\tmain.go:6\nmain.main()\n\tmain.go:11\nexit status 2');
  await expect.poll(() => markers(page)).toEqual([{ startLineNumber: 6, message: 'panic: runtime error: index out of range [5] with length 1', severity: 8 }]);
});

test('an endless loop ends at the step budget with a clear message', async ({ page }) => {
  await openExercise(page, 'first-match');
  await pasteCode(page, SPINS);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.locator('#output')).toContainText('program did not finish in 20000000 steps (infinite loop?)', { timeout: 30_000 });
  await expect(page.locator('#output')).toContainText('exit status 2');
});

test('the page stays responsive during a runaway run, and the watchdog replaces the silent worker', async ({ page }) => {
  await openExercise(page, 'first-match');
  await pasteCode(page, GRINDS);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.locator('#status')).toHaveText('Running main…');
  await page.getByRole('button', { name: 'Hint' }).click();
  await expect(page.getByRole('heading', { name: 'Hint 1: a question' })).toBeVisible();
  expect(await page.locator('#output').textContent()).toBe(''); // the hint came while the run had not answered
  await expect(page.locator('#output')).toContainText('The runner did not answer for 8 s, so it was stopped and a fresh one started.', { timeout: 30_000 });
  await expect(page.locator('#status')).toHaveText('The runner was restarted.');
  await pasteCode(page, UNUSED.replace('\tx := 1\n', ''));
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.locator('#output')).toHaveText('a\n');
});

test('Hint reveals the hints one at a time and stops after the third', async ({ page }) => {
  await openExercise(page, 'transfer');
  const hint = page.getByRole('button', { name: 'Hint' });
  await expect(page.getByRole('heading', { name: /^Hint \d/ })).toHaveCount(0);
  await hint.click();
  await expect(page.getByRole('heading', { name: /^Hint \d/ })).toHaveText(['Hint 1: a question']);
  await hint.click();
  await hint.click();
  await expect(page.getByRole('heading', { name: /^Hint \d/ })).toHaveText(['Hint 1: a question', 'Hint 2: the idea', 'Hint 3: the shape']);
  await expect(hint).toBeDisabled();
});

test('the solution is shown as a diff beside the learner\'s code and never changes it', async ({ page }) => {
  await openExercise(page, 'query-helper');
  const mine = (await editorText(page)).replace('package main', 'package main // my edit');
  await pasteCode(page, mine);
  page.once('dialog', (d) => void d.accept()); // offered before a first Check only after confirming
  await page.getByRole('button', { name: 'Solution' }).click();
  const diff = page.getByRole('region', { name: 'Your code (left) and the reference solution (right)' });
  await expect(diff).toBeVisible();
  await expect(diff.locator('.monaco-diff-editor')).toBeVisible();
  const original = diff.locator('.original .view-lines[role="presentation"]');
  const modified = diff.locator('.modified .view-lines[role="presentation"]');
  await expect(original).toContainText('package main // my edit');
  await expect(modified).toContainText('defer rows.Close()'); // line 19 of the solution, not in the starter
  await expect(modified).not.toContainText('my edit');
  expect(await editorText(page)).toBe(mine);
  await diff.getByRole('button', { name: 'Close the comparison' }).click();
  await expect(diff).toBeHidden();
  expect(await editorText(page)).toBe(mine);
});

test('Reset asks first: cancelling keeps the code, confirming restores the starter', async ({ page }) => {
  await openExercise(page, 'first-match');
  const starter = await editorText(page);
  await pasteCode(page, UNUSED);
  page.once('dialog', (d) => void d.dismiss());
  await page.getByRole('button', { name: 'Reset' }).click();
  expect(await editorText(page)).toBe(UNUSED);
  page.once('dialog', (d) => { expect(d.message()).toContain('Reset main.go to the starter code?'); void d.accept(); });
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect.poll(() => editorText(page)).toBe(starter);
});

test('Ctrl+Enter in the editor checks the code', async ({ page }) => {
  test.setTimeout(120_000);
  await openExercise(page, 'report-early-returns');
  await page.locator('#editor .view-lines').click();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('region', { name: 'Results' }).locator('.results-headline')).toHaveText(/^\d+ of \d+ scenarios failed$/, { timeout: 90_000 });
});

test('keyboard only: reach Check, the editor, the results and the pool view controls; axe finds no violations', async ({ page }) => {
  test.setTimeout(120_000);
  await openExercise(page, 'first-match');
  const focusedIs = (id: string) => page.evaluate((x) => document.activeElement?.id === x, id);
  let steps = 0;
  while (!(await focusedIs('check')) && steps++ < 40) await page.keyboard.press('Tab');
  expect(await focusedIs('check')).toBe(true);
  await page.keyboard.press('Enter');
  const results = page.getByRole('region', { name: 'Results' });
  await expect(results.locator('.results-headline')).toHaveText(/scenarios failed$/, { timeout: 90_000 });
  // On into the editor: typing lands in main.go.
  steps = 0;
  while (!(await page.evaluate(() => document.activeElement?.closest('#editor') !== null)) && steps++ < 20) await page.keyboard.press('Tab');
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('// typed');
  expect(await editorText(page)).toContain('// typed');
  // Ctrl+M makes Tab move focus out of the editor; on to the first scenario of the Results.
  await page.keyboard.press('Control+m');
  const firstScenario = results.locator('details.scenario summary').first();
  steps = 0;
  while (!(await firstScenario.evaluate((s) => s === document.activeElement)) && steps++ < 40) await page.keyboard.press('Tab');
  await expect(firstScenario).toBeFocused();
  await page.keyboard.press('Enter');
  const play = results.getByRole('button', { name: 'Play' }).first();
  steps = 0;
  while (!(await play.evaluate((b) => b === document.activeElement)) && steps++ < 20) await page.keyboard.press('Tab');
  await expect(play).toBeFocused();
  await page.keyboard.press('Tab');
  const scrub = results.getByRole('slider', { name: 'Timeline step' }).first();
  await expect(scrub).toBeFocused();
  const before = await scrub.inputValue();
  await page.keyboard.press('Home');
  expect(await scrub.inputValue()).toBe('0');
  expect(before).not.toBe('0');
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('every exercise links the Go subset page, which states the step budget and output cap', async ({ page }) => {
  await page.goto('/exercises/transfer/');
  await page.getByRole('link', { name: 'The Go this runtime supports' }).click();
  await expect(page).toHaveURL(/\/go-subset\/$/);
  await expect(page.getByRole('heading', { name: 'Limits of a run in the browser' })).toBeVisible();
  await expect(page.locator('main')).toContainText('20,000,000 steps');
  await expect(page.locator('main')).toContainText('64 KiB');
});

test('a leak marker sits on the acquiring line, and its hover says what leaked and in which scenarios', async ({ page }) => {
  test.setTimeout(120_000);
  await openExercise(page, 'first-match');
  await checkAndWait(page);
  const results = page.getByRole('region', { name: 'Results' });
  await results.locator('details.scenario[data-scenario="happy-path/background"] summary').click();
  await results.locator('details.scenario[data-scenario="happy-path/background"]').getByRole('button', { name: 'main.go:15:15' }).first().click();
  await expect(page.locator('#editor .squiggly-warning')).not.toHaveCount(0);
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  const hover = page.locator('.monaco-hover').filter({ hasText: 'Leaked' });
  await expect(hover).toContainText('Leaked *sql.Rows acquired here, in scenarios ');
  await expect(hover).toContainText('happy-path/background');
});
