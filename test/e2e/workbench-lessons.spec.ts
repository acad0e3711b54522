import { expect, test } from './site';

test('lesson 1\'s guided example runs in place: output, the drained pool, and the guide', async ({ page }) => {
  await page.goto('/lessons/how-the-pool-works/');
  const example = page.getByRole('region', { name: 'Runnable example: drain.go' });
  await example.getByRole('button', { name: /^Run/ }).click();
  const out = example.getByLabel('Output of drain.go');
  await expect(out).toContainText('call 3: "user01" <nil>', { timeout: 30_000 });
  await expect(out).toContainText('call 4: "" context deadline exceeded');
  await expect(out).toContainText('{MaxOpenConnections:3 OpenConnections:3 InUse:3 Idle:0 WaitCount:1 WaitDuration:2s');
  const view = example.getByRole('region', { name: 'Pool view: drain.go' });
  await expect(view.locator('.slot[data-state="inUse"]')).toHaveCount(3);
  await expect(view.locator('td[data-stat="WaitCount"]')).toHaveText('1');
  await view.getByRole('button', { name: /at main\.go:14$/ }).first().click();
  await expect(example.locator('.ec-line.runnable-line-focus')).toContainText('rows, err := db.QueryContext(ctx, "SELECT name FROM users ORDER BY id")');
  await expect(example.getByText('Drag the timeline back to the third')).toBeVisible();
});

test('lessons link their exercises and complete examples get a Run button', async ({ page }) => {
  await page.goto('/lessons/rows-never-closed/');
  await expect(page.getByRole('link', { name: 'Fix the first-match lookup' })).toHaveAttribute('href', '/exercises/first-match/');
  const leaky = page.getByRole('region', { name: 'Runnable example: leaky.go' });
  await leaky.getByRole('button', { name: /^Run/ }).click();
  await expect(leaky.getByLabel('Output of leaky.go')).toContainText('MaxOpenConnections:5', { timeout: 30_000 });
});
