// size-budget: the JavaScript a lesson page loads, gzipped, against the budget.
// Usage: npm run build && npm run size   (reads dist/; exit code 1 when a lesson page is over budget)
// Counts every script a lesson page loads on its own: inline scripts, external scripts and their static
// imports. Search (Pagefind) loads only when the reader uses the search box; it is reported, not budgeted.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageScripts, resolveSpecifier, staticImports } from '../src/site/page-scripts.ts';

/** BUDGET_BYTES is the most gzipped JavaScript a lesson page may load (60 KB). */
export const BUDGET_BYTES = 60 * 1024;

const dist = join(import.meta.dirname, '../dist');
const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function pageJs(html: string): { bytes: number; parts: string[] } {
  let bytes = 0;
  const parts: string[] = [];
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const file = join(dist, path);
    if (!existsSync(file)) throw new Error(`a lesson page loads ${path}, which is not in dist/`);
    const code = readFileSync(file, 'utf8');
    bytes += gz(code);
    parts.push(path);
    for (const spec of staticImports(code)) {
      const next = resolveSpecifier(spec, path);
      if (next) visit(next);
    }
  };
  for (const s of pageScripts(html)) {
    if (s.kind === 'inline') {
      bytes += gz(s.code);
      parts.push('inline');
      for (const spec of staticImports(s.code)) {
        const next = resolveSpecifier(spec, '/');
        if (next) visit(next);
      }
    } else if (s.src.startsWith('/')) visit(s.src);
  }
  return { bytes, parts };
}

const lessonsDir = join(dist, 'lessons');
if (!existsSync(lessonsDir)) {
  console.error('dist/lessons is missing: run `npm run build` first');
  process.exit(2);
}
let worst = { page: '', bytes: 0 };
let over = 0;
for (const slug of readdirSync(lessonsDir).sort()) {
  const html = readFileSync(join(lessonsDir, slug, 'index.html'), 'utf8');
  const { bytes, parts } = pageJs(html);
  const mark = bytes > BUDGET_BYTES ? '  OVER BUDGET' : '';
  console.log(`/lessons/${slug}/  ${kb(bytes)} gz  (${parts.length} scripts)${mark}`);
  if (bytes > worst.bytes) worst = { page: slug, bytes };
  if (bytes > BUDGET_BYTES) over++;
}
const pagefind = join(dist, 'pagefind/pagefind.js');
if (existsSync(pagefind)) console.log(`search, loaded on first use: pagefind.js ${kb(gz(readFileSync(pagefind)))} gz (plus its wasm and index chunks)`);
console.log(`largest lesson page: /lessons/${worst.page}/ ${kb(worst.bytes)} gz; budget ${kb(BUDGET_BYTES)} gz`);
process.exit(over ? 1 : 0);
