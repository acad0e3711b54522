import { expect, test } from './site';

// The first Run of a page starts the worker and loads sql.js: on a loaded machine that takes a while.
test.describe.configure({ timeout: 90_000 });

test('a lesson\'s server example runs in place: the panics in its output, the simulated clients apart in the runner\'s voice', async ({ page }) => {
  await page.goto('/lessons/panics/');
  const example = page.getByRole('region', { name: 'Runnable example: handler.go' });
  await expect(example.getByText('Run setup: one user (id 51) has an email address without "@"')).toBeVisible();
  await example.getByRole('button', { name: /^Run/ }).click();
  const out = example.getByLabel('Output of handler.go');
  await expect(out).toContainText('http: panic serving 127.0.0.1:50001: runtime error: index out of range [1] with length 1', { timeout: 30_000 });
  await expect(out).toContainText('net/http.(*conn).serve.func1()');
  await expect(out).not.toContainText('Runner:');
  const requests = example.getByRole('list', { name: 'Requests and responses' });
  await expect(requests.getByRole('listitem')).toHaveCount(12);
  await expect(requests.getByRole('listitem').nth(0)).toContainText('at 0.000 s: GET /domains → no response after 0.001 s: Get "http://127.0.0.1:8080/domains": EOF');
  await expect(requests.getByRole('listitem').nth(10)).toContainText('context deadline exceeded (Client.Timeout exceeded while awaiting headers)');
  await expect(example.getByText(/^Runner: nothing listens on a real port\. 12 simulated clients/)).toBeVisible();
  await expect(example.getByText(/^Runner: stopped the program at 6\.600 s of virtual time/)).toBeVisible();
  await expect(example.locator('.runnable-status')).toContainText('The runner stopped the server after its simulated clients finished');
  // the pool view replays the leak: ten connections in use at the end
  const view = example.getByRole('region', { name: 'Pool view: handler.go' });
  await expect(view.locator('.slot[data-state="inUse"]')).toHaveCount(10);
});

test('expvar\'s /debug/vars and a JSON endpoint answer the simulated clients', async ({ page }) => {
  await page.goto('/lessons/monitoring-and-alerting/');
  const example = page.getByRole('region', { name: 'Runnable example: metrics.go' });
  await example.getByRole('button', { name: /^Run/ }).click();
  const requests = example.getByRole('list', { name: 'Requests and responses' });
  await expect(requests.getByRole('listitem')).toHaveCount(2, { timeout: 30_000 });
  await expect(requests.getByRole('listitem').nth(0)).toContainText('go_sql_max_open_connections{db_name="shop"} 20');
  await expect(requests.getByRole('listitem').nth(1)).toContainText('GET /debug/vars → 200 OK (application/json; charset=utf-8');
  await expect(requests.getByRole('listitem').nth(1)).toContainText('"db_shop": {"MaxOpenConnections":20,');
});

test('a program that needs extra tables runs against its setup', async ({ page }) => {
  await page.goto('/lessons/rows-err/');
  const example = page.getByRole('region', { name: 'Runnable example: partial.go' });
  await example.getByRole('button', { name: /^Run/ }).click();
  await expect(example.getByLabel('Output of partial.go')).toHaveText('total paid: 11450\n', { timeout: 30_000 });
  await expect(example.locator('[data-clients]')).toBeHidden();
});
