/** PageScript is one script of a built HTML page: an external file (src) or inline code. */
export type PageScript = { kind: 'external'; src: string } | { kind: 'inline'; code: string };

/** pageScripts lists the scripts of an HTML page in document order (JSON data blocks are not scripts). */
export function pageScripts(html: string): PageScript[] {
  const scripts: PageScript[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1];
    const type = /\btype=["']?([^"'\s>]+)/i.exec(attrs)?.[1];
    if (type && type !== 'module' && !/javascript/i.test(type)) continue;
    const src = /\bsrc=["']?([^"'\s>]+)/i.exec(attrs)?.[1];
    if (src) scripts.push({ kind: 'external', src });
    else if (m[2].trim()) scripts.push({ kind: 'inline', code: m[2] });
  }
  return scripts;
}

/** staticImports lists the module specifiers a script imports statically (dynamic import() is left out: it loads on demand). */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+)["']/g)) found.add(m[1]);
  for (const m of code.matchAll(/(?:^|[;\s}])export\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g)) found.add(m[1]);
  return [...found];
}

/** resolveSpecifier resolves an import specifier against the URL path of the importing script (site-absolute paths only). */
export function resolveSpecifier(spec: string, from: string): string | undefined {
  if (spec.startsWith('/')) return spec;
  if (!spec.startsWith('.')) return undefined;
  const base = from.split('/').slice(0, -1);
  for (const part of spec.split('/')) {
    if (part === '..') base.pop();
    else if (part !== '.') base.push(part);
  }
  return base.join('/');
}
