import { expect, test } from './site';

test('home → first lesson → next → next follows the course order', async ({ page }) => {
  await page.goto('/');
  const course = page.getByRole('list', { name: 'The course' });
  const titles = await course.getByRole('heading', { level: 3 }).allInnerTexts();
  expect(titles.length).toBeGreaterThanOrEqual(3);

  await course.getByRole('link', { name: titles[0], exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles[0]);
  await expect(page).toHaveURL(/\/lessons\/start-here\/$/);

  const pager = page.getByRole('navigation', { name: 'Previous and next lesson' });
  await pager.getByRole('link', { name: /^Next/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles[1]);
  await expect(page).toHaveURL(/\/lessons\/how-the-pool-works\/$/);

  await pager.getByRole('link', { name: /^Next/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles[2]);
  await expect(page).toHaveURL(/\/lessons\/rows-never-closed\/$/);
  await expect(pager.getByRole('link', { name: new RegExp(`^Previous\\s*${titles[1]}`) })).toBeVisible();
});

test('the course map marks the current lesson and folds away on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/lessons/how-the-pool-works/');
  const map = page.getByRole('navigation', { name: 'Course map' });
  await expect(map).toBeHidden();
  await page.getByText('Course map', { exact: true }).click();
  await expect(map).toBeVisible();
  await expect(map.getByRole('link', { name: 'How the pool works' })).toHaveAttribute('aria-current', 'page');
});

test('the course map is open beside the lesson on a wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/lessons/rows-never-closed/');
  const map = page.getByRole('navigation', { name: 'Course map' });
  await expect(map).toBeVisible();
  await expect(map.getByRole('link')).toHaveCount(await map.getByRole('listitem').count());
});

test('an unknown address shows the not-found page with a way back', async ({ page }) => {
  const res = await page.goto('/lessons/no-such-lesson/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'course map' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('every lesson fits a phone screen without sideways scrolling', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const hrefs = await page.getByRole('list', { name: 'The course' }).getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBe(16);
  const wide: string[] = [];
  for (const href of hrefs) {
    await page.goto(href);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) wide.push(`${href} is ${overflow}px too wide`);
  }
  expect(wide).toEqual([]);
});
