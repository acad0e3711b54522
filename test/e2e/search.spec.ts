import { expect, test } from './site';

test('search finds the rows.Err lesson', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('searchbox', { name: 'Search the course' });
  await box.fill('rows.Err');
  const results = page.locator('#search-results');
  await expect(page.getByRole('status')).toContainText('for “rows.Err”');
  const hit = results.locator('a[href="/lessons/rows-err/"]');
  await expect(hit).toBeVisible();
  await hit.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('rows.Err()');
});

test('search says so when nothing matches, and Escape closes the results', async ({ page }) => {
  await page.goto('/cheatsheet/');
  const box = page.getByRole('searchbox', { name: 'Search the course' });
  await box.fill('zzqxj');
  await expect(page.getByRole('status')).toHaveText('No lessons mention “zzqxj”.');
  await box.press('Escape');
  await expect(page.locator('#search-results')).toBeHidden();
});
