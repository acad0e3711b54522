import GithubSlugger from 'github-slugger';
import { extractCodeBlocks } from './code-blocks.ts';

/** Link is one link found in a Markdown/MDX source, with its line. */
export interface Link {
  url: string;
  line: number;
}

/** stripCode blanks fenced blocks and inline code spans so links and headings inside code are not read; lines are kept. */
export function stripCode(source: string): string {
  const lines = source.split(/\r?\n/);
  for (const b of extractCodeBlocks(source)) {
    const n = b.code === '' ? 0 : b.code.split('\n').length;
    for (let k = b.line - 2; k <= b.line - 1 + n && k < lines.length; k++) lines[k] = '';
  }
  return lines.map((l) => l.replace(/(`+)[^`]*?\1/g, (m) => ' '.repeat(m.length))).join('\n');
}

/** extractLinks finds Markdown links [text](url) and HTML href="url" attributes outside code. */
export function extractLinks(source: string): Link[] {
  const links: Link[] = [];
  stripCode(source)
    .split('\n')
    .forEach((text, k) => {
      for (const m of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) links.push({ url: m[1], line: k + 1 });
      for (const m of text.matchAll(/\bhref=(?:"([^"]*)"|'([^']*)'|\{["'`]([^"'`]*)["'`]\})/g)) links.push({ url: m[1] ?? m[2] ?? m[3], line: k + 1 });
    });
  return links;
}

/** headingText turns a Markdown heading's inline source into its plain text (code, emphasis and links unwrapped). */
export function headingText(inline: string): string {
  return inline
    .replace(/\s+#+\s*$/, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(.*?)\1/g, '$2')
    .replace(/(\*|_)(.*?)\1/g, '$2')
    .replace(/<[^>]+>/g, '')
    .trim();
}

/** anchorsOf lists the fragment ids a Markdown/MDX page will have: heading slugs (as Astro makes them) and explicit id="..." attributes. */
export function anchorsOf(source: string): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set<string>();
  const code = new Set<number>();
  for (const b of extractCodeBlocks(source)) {
    const n = b.code === '' ? 0 : b.code.split('\n').length;
    for (let k = b.line - 1; k <= b.line + n; k++) code.add(k);
  }
  source.split(/\r?\n/).forEach((line, k) => {
    if (code.has(k + 1)) return;
    const h = /^ {0,3}#{1,6}\s+(.*)$/.exec(line);
    if (h) ids.add(slugger.slug(headingText(h[1])));
    for (const m of line.matchAll(/\bid=(?:"([^"]+)"|'([^']+)')/g)) ids.add(m[1] ?? m[2]);
  });
  return ids;
}

/** routePattern turns a dynamic page file (`lab/[slug].astro`) into the URL pattern it serves (/lab/<one segment>/). */
export function routePattern(file: string): RegExp {
  const route = file.replace(/\.(astro|mdx|md)$/, '').replace(/(^|\/)index$/, '');
  const segment = (seg: string) =>
    /^\[\.\.\.[^\]]+\]$/.test(seg)
      ? '.+'
      : seg
          .split(/(\[[^\]]+\])/)
          .map((part) => (part.startsWith('[') ? '[^/]+' : part.replace(/[.*+?^${}()|\\]/g, '\\$&')))
          .join('');
  const body = route.split('/').filter(Boolean).map(segment).join('/');
  return new RegExp(`^/${body}${body ? '/' : ''}$`);
}

/** SiteMap holds the site's internal pages and, for each, the anchors it has. */
export type SiteMap = Map<string, Set<string>>;

/** linkProblem says why an internal link does not resolve, or returns undefined (also for external links).
 * dynamic holds the URL patterns of routes whose pages cannot be listed from sources (their anchors are not checked). */
export function linkProblem(url: string, site: SiteMap, currentPath: string, dynamic: readonly RegExp[] = []): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return undefined;
  const [pathPart, hash] = url.split('#', 2) as [string, string | undefined];
  if (pathPart !== '' && !pathPart.startsWith('/')) return `relative link "${url}": write a site path like /lessons/rows-err/`;
  const path = pathPart === '' ? currentPath : pathPart;
  const anchors = site.get(path);
  if (!anchors && dynamic.some((re) => re.test(path))) return undefined;
  if (!anchors) {
    const withSlash = site.has(`${path}/`) ? ` (did you mean ${path}/?)` : '';
    return `link "${url}" goes to ${path}, which is not a page of the site${withSlash}`;
  }
  if (hash !== undefined && hash !== '' && !anchors.has(decodeURIComponent(hash))) {
    return `link "${url}": ${path} has no heading or id "${hash}"`;
  }
  return undefined;
}
