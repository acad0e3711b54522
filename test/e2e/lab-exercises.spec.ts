import AxeBuilder from '@axe-core/playwright';
import { FINDING_ROUTES, findingTruth, LEAK_KIND_TITLES } from '../../src/lab/grade/finding';
import { expect, test } from './site';

test('lesson 11: the reference settings pass and the default idle limit fails on churn, with the report grid', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/lab/lab-configure-pool/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Size the pool for six replicas');
  const fill = async (v: [string, string][]) => { for (const [l, x] of v) await page.getByLabel(l, { exact: true }).fill(x); };
  await fill([['SetMaxOpenConns', '16'], ['SetMaxIdleConns', '2'], ['SetConnMaxLifetime (s)', '240'], ['SetConnMaxIdleTime (s)', '60']]);
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.locator('[data-verdict]')).toHaveText('2 of 2 scenarios failed', { timeout: 90_000 });
  await expect(page.locator('.evidence').first()).toContainText('No idle churn: MaxIdleClosed reached');
  await fill([['SetMaxIdleConns', '16']]);
  await page.getByLabel('SetMaxIdleConns', { exact: true }).press('Control+Enter');
  await expect(page.locator('[data-verdict]')).toHaveText('All 2 scenarios passed', { timeout: 90_000 });
});

test('lesson 12: the service is drawn from the seed in the address, and the right answer passes', async ({ page }) => {
  const seed = 4242;
  const truth = findingTruth(seed);
  await page.goto(`/lab/lab-find-the-leak/?seed=${seed}`);
  await expect(page.getByRole('status').filter({ hasText: 'Run shown' })).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('figure[data-chart="endpoints"] .lab-chart-summary')).toContainText(FINDING_ROUTES[(truth.endpoint + 1) % 3]);
  const wrong = FINDING_ROUTES[(truth.endpoint + 1) % 3];
  await page.getByRole('radio', { name: wrong }).check();
  await page.getByRole('radio', { name: LEAK_KIND_TITLES[truth.kind] }).check();
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.locator('[data-verdict]')).toHaveText('1 of 1 scenario failed');
  await expect(page.locator('.evidence')).toContainText(`${wrong} does not leak`);
  await page.getByRole('radio', { name: FINDING_ROUTES[truth.endpoint] }).check();
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.locator('[data-verdict]')).toHaveText('The scenario passed');
});

test('lesson 13: a rule with a syntax error is refused with its position before anything runs', async ({ page }) => {
  await page.goto('/lab/lab-alert-rules/');
  await expect(page.getByRole('status').filter({ hasText: 'Run shown' })).toBeVisible({ timeout: 60_000 });
  const exprs = page.locator('.lab-alerts').getByLabel('expr (PromQL)');
  await exprs.nth(0).fill('min_over_time(go_sql_in_use_connections[2m] >= 8');
  await exprs.nth(1).fill('go_sql_in_use_connections > 7');
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.locator('[data-verdict]')).toHaveText('The answer has a problem; no scenario ran');
  await expect(page.locator('#report .problems')).toContainText('rules.0.expr: 1:');
});

for (const slug of ['lab-configure-pool', 'lab-find-the-leak', 'lab-alert-rules']) {
  test(`axe finds no violations on /lab/${slug}/`, async ({ page }) => {
    await page.goto(`/lab/${slug}/?seed=5`);
    if (slug !== 'lab-configure-pool') await expect(page.getByRole('status').filter({ hasText: 'Run shown' })).toBeVisible({ timeout: 60_000 });
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help} ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
}
