import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { DEFAULT_CONFIG, encodeLabConfig, type LabConfig } from '../../src/lab/config';
import { expect, test } from './site';

const small: LabConfig = {
  ...DEFAULT_CONFIG, seed: 3, durationSec: 120,
  pool: { maxOpen: 8, maxIdle: 8, maxLifetimeSec: 0, maxIdleTimeSec: 0 },
  workload: { kind: 'steady', rps: 20 },
  latency: { medianMs: 15, p99Ms: 80, slowShare: 0, slowMs: 2000 },
};
const leaking: LabConfig = { ...small, durationSec: 240, bug: { kind: 'rowsLeak', percent: 5, startSec: 30 } };

async function openRun(page: Page, config: LabConfig): Promise<void> {
  await page.goto(`/lab/?${encodeLabConfig(config)}`);
  await expect(page.getByRole('status').filter({ hasText: /^Done:/ })).toBeVisible({ timeout: 60_000 });
}

test('a preset runs in the worker and every chart renders, with a text summary and a data table', async ({ page }) => {
  await page.goto('/lab/');
  await page.getByLabel('Preset').selectOption('open-per-request');
  await page.getByLabel('Duration (virtual minutes, up to 30)').fill('0.5');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Done:/ })).toBeVisible({ timeout: 60_000 });
  const charts = page.locator('figure.lab-chart');
  await expect(charts).toHaveCount(8);
  for (const id of ['connections', 'waits', 'closed', 'latency', 'errors', 'server', 'endpoints', 'endpoint-failures']) {
    await expect(page.locator(`figure[data-chart="${id}"] canvas`).first()).toBeVisible();
  }
  await expect(page.locator('figure[data-chart="server"] .lab-chart-summary')).toContainText('Threads_connected from');
  await expect(page.locator('.lab-summary')).toContainText('Error 1040');
  await page.locator('figure[data-chart="connections"] summary').click();
  await expect(page.locator('figure[data-chart="connections"] details table tbody tr')).toHaveCount(3);
});

test('the run downloads as a Prometheus exposition, an OpenMetrics history and CSV', async ({ page }) => {
  await openRun(page, leaking);
  const text = async (name: string) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    return { file: download.suggestedFilename(), body: Buffer.concat(chunks).toString('utf8') };
  };
  const expo = await text('Last scrape (text exposition)');
  expect(expo.file).toBe('metrics.txt');
  expect(expo.body).toContain('# TYPE go_sql_in_use_connections gauge\ngo_sql_in_use_connections{db_name="shop"} 8\n');
  const om = await text('Every scrape (OpenMetrics, for promtool backfill)');
  expect(om.body.trimEnd().endsWith('# EOF')).toBe(true);
  expect(om.body).toContain('go_sql_wait_count_total{db_name="shop"} 0 946684800\n');
  const csv = await text('Every scrape (CSV)');
  const lines = csv.body.trimEnd().split('\n');
  expect(lines[0]).toBe('time_seconds,go_sql_max_open_connections,go_sql_open_connections,go_sql_in_use_connections,go_sql_idle_connections,go_sql_wait_count_total,go_sql_wait_duration_seconds_total,go_sql_max_idle_closed_total,go_sql_max_idle_time_closed_total,go_sql_max_lifetime_closed_total');
  expect(lines).toHaveLength(1 + 17); // scrapes at 0, 15, ..., 240 s
});

test('an alert rule fires on the leak and stays quiet on the healthy run', async ({ page }) => {
  const rule = 'min_over_time(go_sql_in_use_connections[1m]) >= go_sql_max_open_connections';
  for (const [config, expected] of [[leaking, /fired once: \d:\d\d–/], [small, /never fired/]] as const) {
    await openRun(page, config);
    const editor = page.locator('.lab-alerts');
    await editor.getByLabel('expr (PromQL)').first().fill(rule);
    await editor.getByLabel('for').first().fill('30s');
    await editor.getByRole('button', { name: 'Evaluate rules' }).click();
    await expect(editor.locator('.rule-out').first()).toHaveText(expected);
  }
  await expect(page.locator('.lab-chart-shades').first()).toBeHidden();
});

test('a rule with a syntax error is shown with its position', async ({ page }) => {
  await openRun(page, small);
  const editor = page.locator('.lab-alerts');
  await editor.getByLabel('expr (PromQL)').first().fill('rate(go_sql_wait_count_total[5m] > 1');
  await editor.getByRole('button', { name: 'Evaluate rules' }).click();
  await expect(editor.locator('.rule-error')).toContainText('expr: 1:');
  await expect(editor.getByLabel('expr (PromQL)').first()).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.locator('.rule-caret')).toContainText('^');
});

test('the SQL console shows the leaked connections as Sleep rows', async ({ page }) => {
  await openRun(page, leaking);
  const consoleSection = page.locator('.lab-console');
  await consoleSection.getByRole('button', { name: 'SHOW FULL PROCESSLIST' }).click();
  await expect(consoleSection.locator('.console-status')).toContainText('1 statement run at 4:00', { timeout: 60_000 });
  const rows = consoleSection.locator('table.console-table tbody tr').filter({ has: page.getByRole('cell', { name: 'Sleep', exact: true }) });
  await expect(rows).toHaveCount(8);
  await consoleSection.getByRole('button', { name: 'information_schema.PROCESSLIST' }).click();
  await expect(consoleSection.locator('table.console-table caption')).toContainText('8 rows in set', { timeout: 60_000 });
});

test('the address reproduces the run exactly', async ({ page }) => {
  await page.goto('/lab/');
  await page.getByLabel('Preset').selectOption('rows-leak');
  await page.getByLabel('Duration (virtual minutes, up to 30)').fill('2');
  await page.getByLabel('Seed').fill('77');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Done:/ })).toBeVisible({ timeout: 60_000 });
  const summary = await page.locator('.lab-summary').innerText();
  const url = page.url();
  expect(url).toContain('?c=');
  const other = await page.context().newPage();
  await other.goto(url);
  await expect(other.getByRole('status').filter({ hasText: /^Done:/ })).toBeVisible({ timeout: 60_000 });
  await expect(other.locator('.lab-summary')).toHaveText(summary);
  await expect(other.getByLabel('Seed')).toHaveValue('77');
});

test('Cancel stops a long run', async ({ page }) => {
  await page.goto(`/lab/?${encodeLabConfig({ ...small, durationSec: 1800, workload: { kind: 'steady', rps: 500 } })}`);
  await expect(page.locator('#progress')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Run cancelled.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeEnabled();
  await expect(page.locator('#progress')).toBeHidden();
  // the page still works: a short run after a cancel completes
  await openRun(page, small);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the lab with a run has no axe violations in the ${scheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openRun(page, leaking);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help} ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
}

test('on a phone the lab fits the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openRun(page, small);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
