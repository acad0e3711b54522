import type { Page } from '@playwright/test';
import { expect, test } from './site';

/** scriptsOf loads a page and returns the paths of the scripts it fetched, and the number of islands on it. */
async function scriptsOf(page: Page, path: string): Promise<{ scripts: string[]; islands: number }> {
  const scripts = new Set<string>();
  const listener = (req: { resourceType(): string; url(): string }) => {
    if (req.resourceType() === 'script') scripts.add(new URL(req.url()).pathname);
  };
  page.on('request', listener);
  await page.goto(path, { waitUntil: 'networkidle' });
  page.off('request', listener);
  return { scripts: [...scripts].sort(), islands: await page.locator('astro-island').count() };
}

test('a lesson page loads only the site scripts and the code-block script, and no islands', async ({ page }) => {
  const home = await scriptsOf(page, '/');
  expect(home.islands).toBe(0);
  for (const path of ['/lessons/start-here/', '/lessons/how-the-pool-works/', '/lessons/rows-never-closed/']) {
    const lesson = await scriptsOf(page, path);
    expect(lesson.islands).toBe(0);
    const extra = lesson.scripts.filter((s) => !home.scripts.includes(s) && !/^\/_astro\/ec\.[\w-]+\.js$/.test(s));
    expect(extra).toEqual([]);
    expect(lesson.scripts.some((s) => s.startsWith('/pagefind/'))).toBe(false);
  }
});
