import { rebuildStats } from '../../src/pool/rebuild';
import type { GradeReport } from '../../src/grader/report';
import type { SimEvent } from '../../src/sim/events';
import { describeEvent } from '../../src/ui/pool-view/pool-state';
import { expect, test } from './site';
import { readFileSync } from 'node:fs';
import { checkAndWait, lastReport, lastTimeline, openExercise, pasteCode } from '../ui/workbench-e2e';

test('scrubbing a scenario\'s timeline shows the DBStats and slots of that instant, not the final ones', async ({ page }) => {
  test.setTimeout(120_000);
  await openExercise(page, 'first-match');
  await pasteCode(page, readFileSync('exercises/first-match/solution.go', 'utf8'));
  expect(await checkAndWait(page)).toBe('All scenarios passed');
  const report = await lastReport<GradeReport>(page);
  const scenario = report.scenarios.find((s) => s.name === 'burst/background')!;
  expect(scenario.timeline).toEqual([]); // the timelines travel apart, decoded when a pool view asks
  const events = await lastTimeline<SimEvent>(page, scenario.name);
  const db = events.find((e) => e.kind === 'db.open')!.db;
  const steps = events.filter((e) => e.kind === 'server.start' || ('db' in e && e.db === db && describeEvent(e) !== null));
  // The instant the tenth waiting goroutine is served: connections in use, a queue, part of the wait time.
  const served = steps.flatMap((e, i) => (e.kind === 'conn.wait.end' ? [i] : []));
  expect(served.length).toBeGreaterThan(10);
  const k = served[9]!;
  const at = rebuildStats(events.slice(0, events.indexOf(steps[k]!) + 1), db);
  expect(at.waiting.length).toBeGreaterThan(0);
  const final = rebuildStats(events, db);
  expect(at.stats).not.toEqual(final.stats);

  const results = page.getByRole('region', { name: 'Results' });
  const details = results.locator('details.scenario[data-scenario="burst/background"]');
  await details.locator('summary').click();
  const view = page.getByRole('region', { name: 'Pool view: burst/background' });
  const scrub = view.getByRole('slider', { name: 'Timeline step' });
  await expect(scrub).toHaveValue(String(steps.length - 1));
  await scrub.fill(String(k));
  const stat = (name: string) => view.locator(`td[data-stat="${name}"]`);
  for (const name of ['OpenConnections', 'InUse', 'Idle', 'WaitCount', 'MaxOpenConnections'] as const) {
    await expect(stat(name)).toHaveText(String(at.stats[name]));
  }
  await expect(stat('WaitDuration')).toHaveText(`${at.stats.WaitDuration} ns`);
  // A slot being dialed counts in OpenConnections and InUse, as in Go (numOpen includes pending dials).
  const inUse = await view.locator('.slot[data-state="inUse"]').count();
  const dialing = await view.locator('.slot[data-state="dialing"]').count();
  expect(inUse).toBeGreaterThan(0);
  expect(inUse + dialing).toBe(at.stats.InUse);
  await expect(view.locator('.slot[data-state="idle"]')).toHaveCount(at.idle.length);
  await expect(view.locator('.slot:not([data-state="closed"])')).toHaveCount(at.stats.OpenConnections);
  await expect(view.locator('.pool-waiting')).toHaveText(`Goroutines waiting for a connection: ${at.waiting.length}`);
  await expect(view.locator('.pool-current')).toHaveAttribute('aria-live', 'polite');
  await expect(view.locator('.pool-current')).toContainText('a waiting goroutine got conn');
  await expect(view.locator('.pool-log li.current')).toHaveAttribute('data-step', String(k));
  // Back to the end: the final counters.
  await scrub.fill(String(steps.length - 1));
  await expect(stat('WaitCount')).toHaveText(String(final.stats.WaitCount));
  await expect(stat('InUse')).toHaveText(String(final.stats.InUse));
});

test('an event that names a source line moves the editor cursor there', async ({ page }) => {
  test.setTimeout(120_000);
  await openExercise(page, 'first-match');
  await checkAndWait(page);
  const details = page.getByRole('region', { name: 'Results' }).locator('details.scenario[data-scenario="happy-path/background"]');
  await details.locator('summary').click();
  const view = page.getByRole('region', { name: 'Pool view: happy-path/background' });
  await view.getByRole('button', { name: /rows \d+ opened on conn \d+ at main\.go:15/ }).first().click();
  const line = await page.evaluate(() => (window as unknown as { leakproofWorkbench: { editor: { getPosition(): { lineNumber: number } } } }).leakproofWorkbench.editor.getPosition().lineNumber);
  expect(line).toBe(15);
});

test('Play replays the run step by step and Pause stops it', async ({ page }) => {
  await openExercise(page, 'first-match');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const view = page.getByRole('region', { name: 'Pool view: Run' });
  const scrub = view.getByRole('slider', { name: 'Timeline step' });
  const last = Number(await scrub.getAttribute('max'));
  expect(last).toBeGreaterThan(3);
  await view.getByRole('button', { name: 'Play' }).click();
  await expect.poll(async () => Number(await scrub.inputValue())).toBeGreaterThan(0);
  await view.getByRole('button', { name: 'Pause' }).click();
  const paused = await scrub.inputValue();
  expect(Number(paused)).toBeLessThan(last);
  await expect(view.getByRole('button', { name: 'Play' })).toBeVisible();
  expect(await scrub.inputValue()).toBe(paused);
});
