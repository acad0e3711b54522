/**
 * bench:web — the workbench's speed and weight in Chromium (issue 7's goals on this machine):
 * 1. JS transferred, gzip, by a lesson page (with its Run-button island, before any Run) and by an exercise
 *    page up to an editable editor (Monaco and its editor worker included; the runner worker loads on Run);
 * 2. time from navigation to an editable editor, cold (a fresh browser context each time), median of N;
 * 3. Check-to-results for each exercise's reference solution (timed in the page: click event to the frame
 *    after the results are rendered): the first Check (which also runs and caches
 *    the reference solution and loads sql.js) and the median of the following ones.
 * Usage: npm run bench:web [-- --no-build] [-- --dist DIR] [-- --runs N] [-- --only slug,slug]
 * Without --no-build it runs `npm run build` first and serves dist/.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { loadavg } from 'node:os';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serveStatic } from '../test/e2e/static-server.ts';

const ROOT = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = Number(opt('runs') ?? 3);
const dist = opt('dist') ?? join(ROOT, 'dist');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function goExercises(): string[] {
  const only = opt('only')?.split(',');
  return readdirSync(join(ROOT, 'exercises'))
    .filter((s) => existsSync(join(ROOT, 'exercises', s, 'solution.go')) && /^kind: go$/m.test(readFileSync(join(ROOT, 'exercises', s, 'exercise.md'), 'utf8')))
    .filter((s) => !only || only.includes(s))
    .sort();
}

/** jsOf loads a page in a fresh context and returns the gzip size of every script it fetched until `ready`. */
async function jsOf(browser: Browser, base: string, path: string, ready: (p: Page) => Promise<void>): Promise<{ files: number; gz: number }> {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const urls = new Set<string>();
  ctx.on('request', (r) => { if (r.resourceType() === 'script' || /\.js$/.test(new URL(r.url()).pathname)) urls.add(new URL(r.url()).pathname); });
  page.on('worker', (w) => urls.add(new URL(w.url()).pathname));
  await page.goto(base + path, { waitUntil: 'networkidle' });
  await ready(page);
  await ctx.close();
  let gz = 0;
  for (const u of urls) {
    const f = join(dist, decodeURIComponent(u));
    if (existsSync(f)) gz += gzipSync(readFileSync(f), { level: 9 }).length;
  }
  return { files: urls.size, gz };
}

const editorReady = async (p: Page) => { await p.getByRole('status').filter({ hasText: 'Editor ready' }).waitFor({ timeout: 60_000 }); };

async function main(): Promise<void> {
  if (!args.includes('--no-build')) {
    const b = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (b.status !== 0) throw new Error('npm run build failed');
  }
  const { url, server } = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    console.log(`(Chromium ${browser.version()}, Node ${process.version}; load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}, 2 cores shared)`);
    for (const path of ['/lessons/how-the-pool-works/', '/lessons/rows-never-closed/', '/']) {
      const r = await jsOf(browser, url, path, async () => {});
      console.log(`JS, ${path}: ${(r.gz / 1024).toFixed(1)} KB gz in ${r.files} files (goal for lessons: <= 60 KB)`);
    }
    const ex = await jsOf(browser, url, '/exercises/first-match/', editorReady);
    console.log(`JS, /exercises/first-match/ up to an editable editor: ${(ex.gz / 1024).toFixed(1)} KB gz in ${ex.files} files (Monaco and its editor worker)`);

    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      const t0 = performance.now();
      await page.goto(url + '/exercises/first-match/');
      await editorReady(page);
      times.push(performance.now() - t0);
      await ctx.close();
    }
    console.log(`navigation to editable editor, cold: median ${Math.round(median(times))} ms of ${runs} (${times.map((t) => Math.round(t)).join(', ')}; goal <= 2500 ms)`);

    console.log('Check-to-results, reference solution (first Check also loads sql.js and fills the datasets; then the median of the rest, and of the worker\'s own grading time):');
    const medians: number[] = [];
    const workerMedians: number[] = [];
    for (const slug of goExercises()) {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      await page.goto(`${url}/exercises/${slug}/`);
      await editorReady(page);
      await page.evaluate((t) => (window as unknown as { leakproofWorkbench: { editor: { setValue(s: string): void } } }).leakproofWorkbench.editor.setValue(t), readFileSync(join(ROOT, 'exercises', slug, 'solution.go'), 'utf8'));
      const ts: number[] = [];
      const inWorker: number[] = [];
      for (let i = 0; i < runs + 1; i++) {
        const head = page.locator('#results .results-headline');
        // Timed in the page, from the click event to the frame after the status says "checked in" (the
        // results are rendered by then): Playwright's own polling would add up to half a second.
        await page.evaluate(() => {
          const w = window as unknown as { lpT0?: number; lpT1?: number };
          w.lpT0 = undefined;
          w.lpT1 = undefined;
          document.getElementById('check')!.addEventListener('click', () => { w.lpT0 = performance.now(); }, { once: true, capture: true });
          const st = document.getElementById('status')!;
          const mo = new MutationObserver(() => {
            if (!/checked in/.test(st.textContent ?? '')) return;
            mo.disconnect();
            requestAnimationFrame(() => { w.lpT1 = performance.now(); });
          });
          mo.observe(st, { childList: true, characterData: true, subtree: true });
        });
        await page.getByRole('button', { name: 'Check', exact: true }).click();
        await page.locator('#status').filter({ hasText: 'checked in' }).waitFor({ timeout: 300_000 });
        await page.waitForFunction(() => (window as unknown as { lpT1?: number }).lpT1 !== undefined);
        ts.push(await page.evaluate(() => { const w = window as unknown as { lpT0: number; lpT1: number }; return w.lpT1 - w.lpT0; }));
        inWorker.push(Number(/checked in (\d+) ms/.exec((await page.locator('#status').textContent()) ?? '')?.[1] ?? NaN));
        const h = await head.textContent();
        if (h !== 'All scenarios passed') throw new Error(`${slug}: the solution did not pass: ${h}`);
        await page.locator('#status').evaluate((s) => { s.textContent = ''; });
      }
      const rest = median(ts.slice(1));
      const worker = median(inWorker.slice(1));
      medians.push(rest);
      workerMedians.push(worker);
      console.log(`  ${slug.padEnd(22)} first ${Math.round(ts[0]!)} ms, median ${Math.round(rest)} ms of ${runs} (worker grading ${Math.round(worker)} ms)`);
      await ctx.close();
    }
    console.log(`  all exercises: median of medians ${Math.round(median(medians))} ms (worker grading ${Math.round(median(workerMedians))} ms; goal <= 400 ms); load average now ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
