import { describe, expect, it } from 'vitest';
import { pageScripts, resolveSpecifier, staticImports } from '../../src/site/page-scripts';

describe('pageScripts', () => {
  it('lists external and inline scripts in order, skipping JSON data and empty tags', () => {
    const html = [
      '<script>try{localStorage}catch{}</script>',
      '<script type="module" src="/_astro/ec.abc.js"></script>',
      '<script type="application/ld+json">{"a":1}</script>',
      '<script type="module">import"/_astro/x.js";</script>',
      '<script></script>',
    ].join('');
    expect(pageScripts(html)).toEqual([
      { kind: 'inline', code: 'try{localStorage}catch{}' },
      { kind: 'external', src: '/_astro/ec.abc.js' },
      { kind: 'inline', code: 'import"/_astro/x.js";' },
    ]);
  });
});

describe('staticImports', () => {
  it('finds static imports and re-exports but not dynamic import()', () => {
    const code = 'import{a as b}from"./chunk.js";import "./side.js";export*from"../re.js";const p=import("/pagefind/pagefind.js");';
    expect(staticImports(code).sort()).toEqual(['../re.js', './chunk.js', './side.js']);
  });
});

describe('resolveSpecifier', () => {
  it('resolves relative and absolute specifiers and ignores bare ones', () => {
    expect(resolveSpecifier('./chunk.js', '/_astro/page.js')).toBe('/_astro/chunk.js');
    expect(resolveSpecifier('../x.js', '/_astro/a/page.js')).toBe('/_astro/x.js');
    expect(resolveSpecifier('/pagefind/pagefind.js', '/_astro/page.js')).toBe('/pagefind/pagefind.js');
    expect(resolveSpecifier('react', '/_astro/page.js')).toBeUndefined();
  });
});
