import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { anchorsOf, type SiteMap } from '../../src/site/links';
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
  for (const f of readdirSync(join(root, 'src/pages'))) {
    const m = /^(.*)\.(astro|mdx|md)$/.exec(f);
    if (!m || m[1].startsWith('[')) continue;
    pages.push({ file: `src/pages/${f}`, path: m[1] === 'index' ? '/' : `/${m[1]}/` });
  }
  return pages;
}

/** buildSiteMap maps every page path to the anchors it has. */
export function buildSiteMap(pages: SitePage[]): SiteMap {
  return new Map(pages.map((p) => [p.path, anchorsOf(readRepo(p.file))]));
}
