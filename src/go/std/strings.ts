/**
 * strings: package strings's own chunk: the tables its parts fill, and the functions course programs call
 * (strings-builder.ts and strings-more.ts are the other parts: src/go/std/package-parts.ts).
 */
import { fromArray, toArray, type Slice } from '../runtime/slice.ts';
import type { RType } from '../runtime/rtype.ts';
import { encodeRune, runes, fromRunes } from './format/utf8.ts';
import { partTable } from './package-parts.ts';

/** stringsFuncs is package strings's function table, filled by its parts as they load. */
export const stringsFuncs: Record<string, unknown> = {};
/** stringsTypes is package strings's type table, filled by its parts as they load. */
export const stringsTypes: Record<string, RType> = {};
const funcs = partTable('strings', stringsFuncs);
const types = partTable('strings', stringsTypes);

/** sliceOf is a Go []string of the strings. */
export const sliceOf = (a: string[]): Slice | null => fromArray(a);
/** split is Split, SplitN, SplitAfter and SplitAfterN: at most n parts (all when n < 0), each keeping sep when `after`. */
export function split(s: string, sep: string, n: number, after: boolean): Slice | null {
  if (n === 0) return null;
  if (sep === '') { const rs = runes(s).map((r) => encodeRune(r)); if (n > 0 && rs.length > n) { const head = rs.slice(0, n - 1); head.push(rs.slice(n - 1).join('')); return sliceOf(head); } return sliceOf(rs); }
  const out: string[] = [];
  let i = 0;
  while (n < 0 || out.length < n - 1) {
    const j = s.indexOf(sep, i);
    if (j < 0) break;
    out.push(s.slice(i, after ? j + sep.length : j));
    i = j + sep.length;
  }
  out.push(s.slice(i));
  return sliceOf(out);
}
/** mapRunes applies f to each rune of s. */
export const mapRunes = (s: string, f: (r: number) => number): string => fromRunes(runes(s).map(f));
/** upper is unicode.ToUpper (ASCII fast path). */
export const upper = (r: number): number => (r >= 97 && r <= 122 ? r - 32 : r < 128 ? r : String.fromCodePoint(r).toUpperCase().codePointAt(0)!);

Object.assign(stringsFuncs, {
  Contains: (_g: any, s: string, sub: string) => s.includes(sub),
  HasPrefix: (_g: any, s: string, p: string) => s.startsWith(p),
  HasSuffix: (_g: any, s: string, p: string) => s.endsWith(p),
  SplitN: (_g: any, s: string, sep: string, n: number) => split(s, sep, Number(n), false),
  Join: (_g: any, a: Slice | null, sep: string) => toArray(a).join(sep),
  ToUpper: (_g: any, s: string) => mapRunes(s, upper),
});

/** stringsPackage builds package strings (the functions and types of the parts loaded so far, and of each part loaded later). */
export function stringsPackage() {
  return { types, vars: {}, funcs };
}
