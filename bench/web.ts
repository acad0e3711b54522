/**
 * bench:web — the workbench's speed and weight in Chromium (issue 7's goals on this machine):
 * 1. JS transferred, gzip, by a lesson page (with its Run-button island, before any Run) and by an exercise
 *    page up to an editable editor (Monaco and its editor worker included; the runner worker starts after it);
 * 2. time from navigation to an editable editor, cold (a fresh browser context each time), median of N: on the
 *    page's own clock (navigation start to the frame after the editor exists, the page's
 *    `leakproof:editor-ready` mark) and from Playwright's side (goto to seeing it, polling every 100 ms);
 * 3. the runner worker's weight (gzip; sql.js's wasm is fetched apart) and whether it holds zod or yaml;
 * 4. Check-to-results for each exercise's reference solution (timed in the page: click event to the frame
 *    after the results are rendered): the first Check of a fresh page sent at once (the runner starts cold:
 *    sql.js, grading data, datasets), the first Check after the page's warm-up finished, and the median of
 *    the following ones.
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
  // The runner worker starts after the editor is ready (its warm-up): it and the package chunks it imports are
  // reported on their own line, not here.
  const runner = runnerWorkerFiles();
  const keep = (u: string) => !runner.has(new URL(u).pathname.split('/').pop()!);
  ctx.on('request', (r) => { if ((r.resourceType() === 'script' || /\.js$/.test(new URL(r.url()).pathname)) && keep(r.url())) urls.add(new URL(r.url()).pathname); });
  page.on('worker', (w) => { if (keep(w.url())) urls.add(new URL(w.url()).pathname); });
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

/**
 * runnerWorkerFiles lists the built runner worker's files: its entry and every chunk it imports, statically or
 * with import() (the Go standard-library packages and compiler features it loads per program), by file name.
 */
function runnerWorkerFiles(): Set<string> {
  const dir = join(dist, '_astro');
  if (!existsSync(dir)) return new Set();
  const out = new Set<string>();
  const visit = (f: string): void => {
    if (out.has(f) || !existsSync(join(dir, f))) return;
    out.add(f);
    for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)) visit(m[1]!);
  };
  for (const f of readdirSync(dir)) if (/^runner-worker-.*\.js$/.test(f)) visit(f);
  return out;
}

// Polled every 100 ms, not with a role query every frame (which runs on the page's thread while Monaco starts).
const editorReady = async (p: Page) => { await p.waitForFunction(() => document.getElementById('editor')?.dataset.ready === 'true', null, { polling: 100, timeout: 60_000 }); };
/** readyMark is the page's own editor-ready time (NaN for a build without the mark, e.g. an older one given with --dist). */
const readyMark = async (p: Page): Promise<number> => {
  await p.waitForFunction(() => performance.getEntriesByName('leakproof:editor-ready').length > 0, null, { polling: 50, timeout: 2000 }).catch(() => {});
  return p.evaluate(() => performance.getEntriesByName('leakproof:editor-ready')[0]?.startTime ?? NaN);
};
type Debug = { leakproofWorkbench: { editor: { setValue(s: string): void }; warmState?: () => string } };

/** timedCheck clicks Check and returns the time from the click event to the frame after the results are rendered, and the worker's own grading time. */
async function timedCheck(page: Page, slug: string): Promise<{ ms: number; worker: number }> {
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
  const ms = await page.evaluate(() => { const w = window as unknown as { lpT0: number; lpT1: number }; return w.lpT1 - w.lpT0; });
  const worker = Number(/checked in (\d+) ms/.exec((await page.locator('#status').textContent()) ?? '')?.[1] ?? NaN);
  const h = await page.locator('#results .results-headline').textContent();
  if (h !== 'All scenarios passed') throw new Error(`${slug}: the solution did not pass: ${h}`);
  await page.locator('#status').evaluate((s) => { s.textContent = ''; });
  return { ms, worker };
}

/** openWithSolution opens an exercise in a fresh context with its solution in the editor; with warm, it waits for the page's warm-up to finish. */
async function openWithSolution(browser: Browser, url: string, slug: string, warm: boolean): Promise<{ page: Page; close: () => Promise<void> }> {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(`${url}/exercises/${slug}/`);
  await editorReady(page);
  await page.evaluate((t) => (window as unknown as Debug).leakproofWorkbench.editor.setValue(t), readFileSync(join(ROOT, 'exercises', slug, 'solution.go'), 'utf8'));
  // A build without a warm-up (an older one given with --dist) has nothing to wait for.
  if (warm) await page.waitForFunction(() => { const w = (window as unknown as Debug).leakproofWorkbench; return !w.warmState || ['ready', 'stopped'].includes(w.warmState()); }, null, { polling: 100, timeout: 120_000 });
  return { page, close: () => ctx.close() };
}

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
    console.log(`JS, /exercises/first-match/ up to an editable editor: ${(ex.gz / 1024).toFixed(1)} KB gz in ${ex.files} files (Monaco and its editor worker; not the runner worker nor the package chunks it loads)`);

    const times: number[] = [];
    const inPage: number[] = [];
    const busy: number[] = [];
    for (let i = 0; i < runs; i++) {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      // The page's main-thread task time (CDP's TaskDuration): the CPU side of the wall figure.
      const cdp = await ctx.newCDPSession(page);
      await cdp.send('Performance.enable');
      const t0 = performance.now();
      await page.goto(url + '/exercises/first-match/');
      await editorReady(page);
      times.push(performance.now() - t0);
      const { metrics } = await cdp.send('Performance.getMetrics');
      busy.push((metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000);
      inPage.push(await readyMark(page));
      await ctx.close();
    }
    const list = (xs: number[]) => xs.map((t) => Math.round(t)).join(', ');
    console.log(`navigation to editable editor, cold: median ${Math.round(median(inPage))} ms on the page's clock (${list(inPage)}), ${Math.round(median(times))} ms from Playwright (${list(times)}); goal <= 2500 ms; page main-thread task time median ${Math.round(median(busy))} ms (${list(busy)})`);

    const workerFile = readdirSync(join(dist, '_astro')).find((f) => /^runner-worker-.*\.js$/.test(f));
    if (workerFile) {
      const text = readFileSync(join(dist, '_astro', workerFile));
      const holds = ['ZodError', 'YAMLParseError'].filter((m) => text.includes(m)).join(', ') || 'neither zod nor yaml';
      console.log(`runner worker ${workerFile}: ${(gzipSync(text, { level: 9 }).length / 1024).toFixed(1)} KB gz (${(text.length / 1024).toFixed(0)} KB), holds ${holds}`);
    }

    console.log('Check-to-results, reference solution: the first Check sent at once on a fresh page, the first after the warm-up, then the median of the rest (and of the worker\'s own grading time):');
    const medians: number[] = [];
    const workerMedians: number[] = [];
    const cold: number[] = [];
    const warmed: number[] = [];
    for (const slug of goExercises()) {
      const a = await openWithSolution(browser, url, slug, false);
      const atOnce = await timedCheck(a.page, slug);
      await a.close();
      const b = await openWithSolution(browser, url, slug, true);
      const ts: number[] = [];
      const inWorker: number[] = [];
      for (let i = 0; i < runs + 1; i++) {
        const r = await timedCheck(b.page, slug);
        ts.push(r.ms);
        inWorker.push(r.worker);
      }
      await b.close();
      const rest = median(ts.slice(1));
      const worker = median(inWorker.slice(1));
      medians.push(rest);
      workerMedians.push(worker);
      cold.push(atOnce.ms);
      warmed.push(ts[0]!);
      console.log(`  ${slug.padEnd(22)} first at once ${Math.round(atOnce.ms)} ms, first after warm-up ${Math.round(ts[0]!)} ms, median ${Math.round(rest)} ms of ${runs} (worker grading ${Math.round(worker)} ms)`);
    }
    console.log(`  all exercises: median of medians ${Math.round(median(medians))} ms (worker grading ${Math.round(median(workerMedians))} ms; goal <= 400 ms); first Check at once: median ${Math.round(median(cold))} ms, after warm-up: median ${Math.round(median(warmed))} ms; load average now ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
