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

/** RUN_BUTTON matches the one island script lessons with runnable examples load (and Vite's preload helper it imports). */
const RUN_BUTTON = [/^\/_astro\/RunnableExample[\w.-]*\.js$/, /^\/_astro\/preload-helper[\w.-]*\.js$/];

test('a lesson page loads only the site scripts, the code-block script and its Run-button script, and no framework islands', async ({ page }) => {
  const home = await scriptsOf(page, '/');
  expect(home.islands).toBe(0);
  const siteOrCode = (s: string) => home.scripts.includes(s) || /^\/_astro\/ec\.[\w-]+\.js$/.test(s);
  // a lesson without runnable examples: nothing beyond the site's own scripts
  const plain = await scriptsOf(page, '/lessons/start-here/');
  expect(plain.islands).toBe(0);
  expect(plain.scripts.filter((s) => !siteOrCode(s))).toEqual([]);
  // lessons with Run buttons: only the Run button's small script; the Go runtime and its worker load on a click
  for (const path of ['/lessons/how-the-pool-works/', '/lessons/rows-never-closed/']) {
    const lesson = await scriptsOf(page, path);
    expect(lesson.islands).toBe(0);
    const extra = lesson.scripts.filter((s) => !siteOrCode(s));
    expect(extra.filter((s) => !RUN_BUTTON.some((re) => re.test(s)))).toEqual([]);
    expect(extra.some((s) => RUN_BUTTON[0].test(s))).toBe(true);
    expect(lesson.scripts.some((s) => s.startsWith('/pagefind/'))).toBe(false);
  }
});
