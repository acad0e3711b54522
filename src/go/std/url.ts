/** url: the course's net/url — Values (map[string][]string with Go's methods), ParseQuery, QueryEscape, URL. */
import { basic, hostType, mapOf, named, ptrTo, sliceOf, type Iface, type RType } from '../runtime/rtype.ts';
import { GoMap, mdelete, mget, mget2, mset } from '../runtime/map.ts';
import { fromArray, toArray, type Slice } from '../runtime/slice.ts';
import { errorStringT } from './fmt.ts';

/** valuesT is url.Values: map[string][]string. */
export const valuesT: RType = named('url', 'Values', mapOf(basic.string, sliceOf(basic.string)));

const HEX = '0123456789ABCDEF';

/** queryEscape is url.QueryEscape on a Go byte string (unreserved bytes kept, space as '+'). */
export function queryEscape(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2d || c === 0x2e || c === 0x5f || c === 0x7e) out += s[i];
    else if (c === 0x20) out += '+';
    else out += '%' + HEX[c >> 4] + HEX[c & 15];
  }
  return out;
}

const isHex = (c: string | undefined) => c !== undefined && /^[0-9a-fA-F]$/.test(c);

/** queryUnescape is url.QueryUnescape: '+' is a space, %XX a byte; a bad escape is Go's EscapeError text. */
export function queryUnescape(s: string): string | { error: string } {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '%') {
      if (!isHex(s[i + 1]) || !isHex(s[i + 2])) {
        let bad = s.slice(i);
        if (bad.length > 3) bad = bad.slice(0, 3);
        return { error: `invalid URL escape ${goQuote(bad)}` };
      }
      out += String.fromCharCode(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else out += c === '+' ? ' ' : c;
  }
  return out;
}

function goQuote(s: string): string {
  let q = '"';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (ch === '"' || ch === '\\') q += '\\' + ch;
    else if (c < 0x20 || c >= 0x7f) q += '\\x' + c.toString(16).padStart(2, '0');
    else q += ch;
  }
  return q + '"';
}

const errOf = (s: string): Iface => ({ t: errorStringT, v: { s } });

/** parseQuery is url.ParseQuery: every key=value pair kept, the first error returned (semicolons are errors). */
export function parseQuery(query: string): [GoMap, Iface | null] {
  const m = new GoMap(valuesT);
  let err: Iface | null = null;
  for (const part of query.split('&')) {
    if (part === '') continue;
    if (part.includes(';')) { err ??= errOf('invalid semicolon separator in query'); continue; }
    const eq = part.indexOf('=');
    const k = queryUnescape(eq < 0 ? part : part.slice(0, eq));
    if (typeof k !== 'string') { err ??= errOf(k.error); continue; }
    const v = queryUnescape(eq < 0 ? '' : part.slice(eq + 1));
    if (typeof v !== 'string') { err ??= errOf(v.error); continue; }
    const old = mget(m, k, () => null) as Slice | null;
    mset(m, k, fromArray([...toArray(old), v]));
  }
  return [m, err];
}

/** encodeValues is Values.Encode: keys sorted, each pair escaped, joined with '&'. */
function encodeValues(m: GoMap | null): string {
  if (m === null) return '';
  const keys = [...m.m.values()].map(([k]) => k as string).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const parts: string[] = [];
  for (const k of keys) for (const v of toArray(mget(m, k, () => null)) as string[]) parts.push(queryEscape(k) + '=' + queryEscape(v));
  return parts.join('&');
}

valuesT.methods.set('Get', function* (_g: unknown, m: GoMap | null, k: string) { const l = toArray(mget(m, k, () => null)); return l.length > 0 ? l[0] : ''; });
valuesT.methods.set('Set', function* (_g: unknown, m: GoMap | null, k: string, v: string) { mset(m, k, fromArray([v])); });
valuesT.methods.set('Add', function* (_g: unknown, m: GoMap | null, k: string, v: string) { mset(m, k, fromArray([...toArray(mget(m, k, () => null)), v])); });
valuesT.methods.set('Del', function* (_g: unknown, m: GoMap | null, k: string) { mdelete(m, k); });
valuesT.methods.set('Has', function* (_g: unknown, m: GoMap | null, k: string) { return mget2(m, k, () => null)[1]; });
valuesT.methods.set('Encode', function* (_g: unknown, m: GoMap | null) { return encodeValues(m); });
for (const [k, f] of valuesT.methods) ptrTo(valuesT).methods.set(k, (g: unknown, p: { v: GoMap | null }, ...a: unknown[]) => f(g, p.v, ...a));

/** GoURL is a *url.URL's value. */
export interface GoURL { Path: string; RawQuery: string }
/** urlT is url.URL (Path, RawQuery). */
export const urlT: RType = hostType('url', 'URL', (): GoURL => ({ Path: '', RawQuery: '' }), (v: GoURL) => ({ ...v }));
ptrTo(urlT).methods.set('Query', function* (_g: unknown, u: GoURL) { return parseQuery(u.RawQuery)[0]; });
ptrTo(urlT).methods.set('String', function* (_g: unknown, u: GoURL) { return u.Path + (u.RawQuery ? '?' + u.RawQuery : ''); });

/** urlPackage builds net/url. */
export function urlPackage() {
  return {
    types: { Values: valuesT, URL: urlT },
    vars: {},
    funcs: {
      ParseQuery: (_g: unknown, q: string) => parseQuery(q),
      QueryEscape: (_g: unknown, s: string) => queryEscape(s),
      QueryUnescape: (_g: unknown, s: string) => { const r = queryUnescape(s); return typeof r === 'string' ? [r, null] : ['', errOf(r.error)]; },
    },
  };
}
