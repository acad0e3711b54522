import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './site';

const pages = ['/', '/lessons/how-the-pool-works/', '/lessons/rows-never-closed/', '/cheatsheet/', '/glossary/'];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of pages) {
      test(`axe finds no violations on ${path}`, async ({ page }) => {
        test.setTimeout(120_000); // axe checks the contrast of every highlighted token: slow on a busy machine
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).analyze();
        const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
        expect(summary).toEqual([]);
      });
    }
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const path of ['/', '/lessons/how-the-pool-works/', '/cheatsheet/']) {
    test(`${path} fits the screen without sideways scrolling and has no axe violations`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
    });
  }
});
