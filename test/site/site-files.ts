import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { anchorsOf, routePattern, type SiteMap } from '../../src/site/links';
import { splitFrontmatter } from '../../src/site/lesson-files';

/** root is the repository root. */
export const root = join(import.meta.dirname, '../..');

/** lessonFiles lists lessons/*.mdx (file names, sorted). */
export function lessonFiles(): string[] {
  const dir = join(root, 'lessons');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort() : [];
}

/** readRepo reads a file of the repository. */
export function readRepo(path: string): string {
  return readFileSync(join(root, path), 'utf8');
}

/** SitePage is a source file of the site and the URL it becomes. */
export interface SitePage {
  file: string;
  path: string;
}

/** sitePages lists every page whose links the tests check: lessons and the hand-written pages. */
export function sitePages(): SitePage[] {
  const pages: SitePage[] = lessonFiles().map((f) => {
    let data: { slug?: string } | undefined;
    try {
      data = splitFrontmatter(readRepo(`lessons/${f}`)).data as { slug?: string } | undefined;
    } catch {
      // Invalid YAML is reported by lessons.test.ts; the file name still gives the slug.
    }
    return { file: `lessons/${f}`, path: `/lessons/${data?.slug ?? f.replace(/^\d\d-|\.mdx$/g, '')}/` };
  });
  for (const f of pageFiles()) {
    if (f.includes('[')) continue;
    const route = f.replace(/\.(astro|mdx|md)$/, '').replace(/(^|\/)index$/, '');
    pages.push({ file: `src/pages/${f}`, path: route === '' ? '/' : `/${route}/` });
  }
  return pages;
}

/** pageFiles lists the page files under src/pages, relative to it (nested folders included). */
export function pageFiles(dir = ''): string[] {
  return readdirSync(join(root, 'src/pages', dir)).flatMap((name) => {
    const rel = dir ? `${dir}/${name}` : name;
    if (statSync(join(root, 'src/pages', rel)).isDirectory()) return pageFiles(rel);
    return /\.(astro|mdx|md)$/.test(name) ? [rel] : [];
  });
}

/** dynamicRoutes are the URL patterns of dynamic pages other than the lessons (which sitePages lists one by one). */
export function dynamicRoutes(): RegExp[] {
  return pageFiles()
    .filter((f) => f.includes('[') && f !== 'lessons/[slug].astro')
    .map(routePattern);
}

/** buildSiteMap maps every page path to the anchors it has. */
export function buildSiteMap(pages: SitePage[]): SiteMap {
  return new Map(pages.map((p) => [p.path, anchorsOf(readRepo(p.file))]));
}
