// screenshot-home: takes the README's screenshot of the home page from the built site.
// Usage: npm run build && npx tsx scripts/screenshot-home.ts [out.png]   (default docs/screenshot-home.png)
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from '../test/e2e/static-server.ts';

const root = join(import.meta.dirname, '..');
const out = process.argv[2] ?? join(root, 'docs/screenshot-home.png');
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/ has no site: run `npm run build` first');
  process.exit(2);
}
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const { url, server } = await serveStatic(dist);
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, colorScheme: 'light', deviceScaleFactor: 1 });
  await page.goto(`${url}/`);
  await page.getByRole('heading', { level: 1, name: 'Leakproof' }).waitFor();
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  server.close();
}
