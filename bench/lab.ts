/**
 * bench:lab — the Pool Lab's two speed figures:
 * 1. wall time of runLab for 10 virtual minutes at 500 requests/s (issue 8's goal: <= 2 s), in Node;
 * 2. chart render time for 100k points: the lab's own renderCharts (uPlot) bundled with esbuild and run
 *    in Chromium through Playwright, first with one chart of 100k points (4 series), then with every chart
 *    of a run at 100k points each.
 * 3. with --browser (after `npm run build`): the same run in the lab page's Web Worker in Chromium.
 * Usage: npm run bench:lab [-- --skip-charts] [-- --rps N --minutes M] [-- --runs N] [-- --browser] [-- --no-bundle]
 * Under tsx the script first bundles itself with esbuild (npm packages left external) and runs the bundle
 * with plain node, so figure 1 measures our code and not tsx's ESM loader hooks.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { DEFAULT_CONFIG } from '../src/lab/config.ts';
import { runLab } from '../src/lab/service.ts';

const args = process.argv.slice(2);
/** ROOT is the repository (the bundle lives under node_modules/.cache, so it is passed down). */
const ROOT = process.env.LEAKPROOF_ROOT ?? join(import.meta.dirname, '..');

/** runBundled re-runs this file as an esbuild bundle under plain node (once); true when it did. */
async function runBundled(): Promise<boolean> {
  if (process.env.LEAKPROOF_BENCH_BUNDLED || args.includes('--no-bundle')) return false;
  const out = join(ROOT, 'node_modules/.cache/leakproof-bench/lab.mjs');
  await build({ entryPoints: [fileURLToPath(import.meta.url)], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: out, logLevel: 'silent' });
  const r = spawnSync(process.execPath, [out, ...args], { stdio: 'inherit', env: { ...process.env, LEAKPROOF_BENCH_BUNDLED: '1', LEAKPROOF_ROOT: ROOT } });
  process.exitCode = r.status ?? 1;
  return true;
}
const arg = (name: string, dflt: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};

function simulation(): void {
  const rps = arg('rps', 500);
  const minutes = arg('minutes', 10);
  const config = { ...DEFAULT_CONFIG, durationSec: minutes * 60, workload: { kind: 'steady' as const, rps } };
  const loadBefore = loadavg().map((x) => x.toFixed(2)).join(' ');
  const times: number[] = [];
  const cpu: number[] = [];
  let requests = 0;
  const runs = arg('runs', 1);
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const r = runLab({ ...config, seed: i + 1 });
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1e6);
    requests = r.totals.requests;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  cpu.sort((a, b) => a - b);
  const medianCpu = cpu[Math.floor(cpu.length / 2)]!;
  const how = process.env.LEAKPROOF_BENCH_BUNDLED ? 'esbuild bundle run with plain node' : 'through tsx (--no-bundle)';
  console.log(`(${how} ${process.version}; load average ${loadBefore} before, ${loadavg().map((x) => x.toFixed(2)).join(' ')} after; 2 cores shared)`);
  console.log(`runLab, ${minutes} virtual minutes at ${rps} requests/s (${requests} requests, pool of ${config.pool.maxOpen}): ${(median / 1000).toFixed(2)} s wall, ${medianCpu.toFixed(2)} s CPU (median of ${runs}; ${Math.round(requests / (median / 1000))} requests/s simulated)`);
  if (runs > 1) console.log(`  every run: ${times.map((t) => (t / 1000).toFixed(2)).join(' ')} s wall; ${cpu.map((t) => t.toFixed(2)).join(' ')} s CPU (sorted)`);
}

const ENTRY = `
import { renderCharts } from './src/ui/lab/charts.ts';
function spec(id, n, k) {
  const x = new Array(n);
  for (let i = 0; i < n; i++) x[i] = i * 0.5;
  const series = [];
  for (let s = 0; s < k; s++) {
    const v = new Array(n);
    for (let i = 0; i < n; i++) v[i] = 10 + 8 * Math.sin(i / (500 + 90 * s)) + s;
    series.push({ label: 's' + s, color: ['--link', '--bad', '--good', '--wait'][s % 4], dash: window.benchDash && s ? [4, 2] : undefined, values: v });
  }
  return { id, title: id, unit: 'n', x, series };
}
window.benchCharts = async (charts, n, k) => {
  const host = document.createElement('div');
  host.style.width = '900px';
  document.body.append(host);
  const specs = Array.from({ length: charts }, (_, i) => spec('c' + i, n, k));
  const t0 = performance.now();
  const h = renderCharts(host, specs, [{ label: 'A', from: n * 0.1, to: n * 0.2 }]);
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const ms = performance.now() - t0;
  h.destroy();
  host.remove();
  return ms;
};
`;

function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

async function charts(): Promise<void> {
  const bundle = await build({ stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts' }, bundle: true, write: false, format: 'iife', loader: { '.css': 'empty' }, logLevel: 'silent' });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ content: bundle.outputFiles[0].text });
    const measure = async (c: number, n: number, k: number) => {
      const ms: number[] = [];
      for (let i = 0; i < 5; i++) ms.push(await page.evaluate(([a, b, d]) => (window as unknown as { benchCharts: (a: number, b: number, d: number) => Promise<number> }).benchCharts(a, b, d), [c, n, k] as const));
      ms.sort((a, b) => a - b);
      return ms[2];
    };
    console.log(`charts (uPlot in Chromium ${browser.version()}), median of 5:`);
    console.log(`  1 chart, 100000 points x 4 series: ${(await measure(1, 100_000, 4)).toFixed(0)} ms`);
    console.log(`  7 charts, 100000 points x 3 series each: ${(await measure(7, 100_000, 3)).toFixed(0)} ms`);
    console.log(`  7 charts of a 30-minute run (121 scrapes x 3 series): ${(await measure(7, 121, 3)).toFixed(1)} ms`);
  } finally {
    await browser.close();
  }
}

async function inBrowser(): Promise<void> {
  const { serveStatic } = await import('../test/e2e/static-server.ts');
  const dist = join(ROOT, 'dist');
  if (!existsSync(join(dist, 'lab/index.html'))) throw new Error('bench:lab --browser needs the built site: npm run build');
  const { url, server } = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const rps = arg('rps', 500);
    const minutes = arg('minutes', 10);
    const config = { ...DEFAULT_CONFIG, durationSec: minutes * 60, workload: { kind: 'steady' as const, rps } };
    const page = await browser.newPage();
    await page.goto(`${url}/lab/?c=${encodeURIComponent(JSON.stringify(config))}`);
    const status = page.locator('#run-status');
    await status.filter({ hasText: /^Done:/ }).waitFor({ timeout: 900_000 });
    const text = await status.innerText();
    console.log(`in the lab page's worker (Chromium ${browser.version()}), ${minutes} virtual minutes at ${rps} requests/s: ${text.replace(/^Done: /, '')}`);
  } finally {
    await browser.close();
    server.close();
  }
}

if (!(await runBundled())) {
  simulation();
  if (!args.includes('--skip-charts')) await charts();
  if (args.includes('--browser')) await inBrowser();
}
