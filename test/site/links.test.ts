import { describe, expect, it } from 'vitest';
import { anchorsOf, extractLinks, headingText, linkProblem, routePattern, type SiteMap } from '../../src/site/links';

describe('link extraction', () => {
  it('finds Markdown and HTML links with their lines, and ignores code', () => {
    const src = ['See [rows.Err](/lessons/rows-err/) and', '<a href="/glossary/#waitcount">WaitCount</a>.', '```go', '// [not](/a-link/)', '```', 'Inline `[x](/nope/)` is code.'].join('\n');
    expect(extractLinks(src)).toEqual([
      { url: '/lessons/rows-err/', line: 1 },
      { url: '/glossary/#waitcount', line: 2 },
    ]);
  });

  it('slugs headings as Astro does, code and emphasis unwrapped, duplicates numbered', () => {
    expect(headingText('Why `rows.Err()` *matters*')).toBe('Why rows.Err() matters');
    const ids = anchorsOf('## Check yourself\n\n## Why `rows.Err()` matters\n\n## Check yourself\n\n<dt id="waitcount">x</dt>\n```\n## not a heading\n```');
    expect([...ids].sort()).toEqual(['check-yourself', 'check-yourself-1', 'waitcount', 'why-rowserr-matters']);
  });
});

describe('linkProblem', () => {
  const site: SiteMap = new Map([
    ['/', new Set<string>()],
    ['/glossary/', new Set(['waitcount'])],
    ['/lessons/rows-err/', new Set(['check-yourself'])],
  ]);
  it('accepts pages, anchors that exist and external links', () => {
    expect(linkProblem('/lessons/rows-err/', site, '/')).toBeUndefined();
    expect(linkProblem('/glossary/#waitcount', site, '/')).toBeUndefined();
    expect(linkProblem('#check-yourself', site, '/lessons/rows-err/')).toBeUndefined();
    expect(linkProblem('https://pkg.go.dev/database/sql', site, '/')).toBeUndefined();
  });
  it('rejects unknown pages, missing anchors, a missing slash and relative links', () => {
    expect(linkProblem('/lessons/rows-errr/', site, '/')).toContain('not a page of the site');
    expect(linkProblem('/glossary/#waitduration', site, '/')).toContain('no heading or id "waitduration"');
    expect(linkProblem('/lessons/rows-err', site, '/')).toContain('did you mean /lessons/rows-err/?');
    expect(linkProblem('rows-err/', site, '/')).toContain('relative link');
  });
});

describe('dynamic routes', () => {
  it('turns page files into URL patterns', () => {
    expect(routePattern('lab/[slug].astro').test('/lab/find-the-leak/')).toBe(true);
    expect(routePattern('lab/[slug].astro').test('/lab/a/b/')).toBe(false);
    expect(routePattern('lab/[slug].astro').test('/lab/')).toBe(false);
    expect(routePattern('docs/[...path].astro').test('/docs/a/b/')).toBe(true);
    expect(routePattern('index.astro').test('/')).toBe(true);
  });
  it('accepts a link into a dynamic route and still rejects others', () => {
    const site: SiteMap = new Map([['/', new Set<string>()]]);
    const dynamic = [routePattern('lab/[slug].astro')];
    expect(linkProblem('/lab/find-the-leak/', site, '/', dynamic)).toBeUndefined();
    expect(linkProblem('/labs/find-the-leak/', site, '/', dynamic)).toContain('not a page');
  });
});
