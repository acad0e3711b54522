import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from './site';

// Every internal link of the built site (href="/..." and "#...") reaches a page, and an id on it.
const dist = join(import.meta.dirname, '../../dist');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(p);
    return name.endsWith('.html') ? [p] : [];
  });
}

function urlOf(file: string): string {
  const rel = relative(dist, file).replace(/\\/g, '/');
  return rel === 'index.html' ? '/' : `/${rel.replace(/index\.html$/, '')}`;
}

test('every internal link in the built site reaches a page and an anchor that exist', () => {
  const pages = new Map(htmlFiles(dist).map((f) => [urlOf(f), readFileSync(f, 'utf8').replace(/<script\b[\s\S]*?<\/script>/g, '')]));
  const ids = new Map([...pages].map(([url, html]) => [url, new Set([...html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]))]));
  expect(pages.size).toBeGreaterThan(16);
  const broken: string[] = [];
  for (const [url, html] of pages) {
    for (const m of html.matchAll(/\bhref="([^"]+)"/g)) {
      const href = m[1].replace(/&amp;/g, '&');
      if (/^[a-z]+:|^\/\//i.test(href) || href.startsWith('/_astro/') || href.endsWith('.svg')) continue;
      const [path, hash] = href.split('#') as [string, string | undefined];
      const target = path === '' ? url : path;
      if (!pages.has(target)) broken.push(`${url}: ${href} (no page)`);
      else if (hash && !ids.get(target)!.has(decodeURIComponent(hash))) broken.push(`${url}: ${href} (no id "${hash}")`);
    }
  }
  expect(broken).toEqual([]);
});
