/**
 * strings: package strings's own chunk: what course programs use (strings.Builder, Contains, HasPrefix,
 * HasSuffix, Join, SplitN, ToUpper) and the tables that strings-more.ts, the rest, fills when it loads
 * (src/go/std/package-parts.ts).
 */
import { basic, hostType, ptrTo, type RType } from '../runtime/rtype.ts';
import { GoPanic, withFrames } from '../runtime/panic.ts';
import { fromArray, toArray, type Slice } from '../runtime/slice.ts';
import { encodeRune, runes, fromRunes } from './format/utf8.ts';

/** builderT is strings.Builder (a host value holding its byte string). */
export const builderT: RType = hostType('strings', 'Builder', () => ({ s: '', addr: null }), (v) => ({ s: v.s, addr: v.addr }));
const bp = ptrTo(builderT);
// Like Go, a Builder remembers its own address on first use and panics when used through a copy.
const BUILDER_GO = '/usr/lib/go-1.23/src/strings/builder.go';
const CALLER_LINE: Record<string, number> = { Grow: 70, Write: 82, WriteByte: 90, WriteRune: 98, WriteString: 107 };
function checkCopy(b: { addr: unknown }, method = 'WriteString'): void {
  if (b.addr === null) b.addr = b;
  else if (b.addr !== b) {
    throw withFrames(new GoPanic({ t: basic.string, v: 'strings: illegal use of non-zero Builder copied by value' }), [
      { name: `strings.(*Builder).${method}`, file: BUILDER_GO, line: CALLER_LINE[method]!, np: 1 },
      { name: 'strings.(*Builder).copyCheck', file: BUILDER_GO, line: 35, np: 1 },
    ]);
  }
}
bp.methods.set('WriteString', function* (_g: any, b: { s: string; addr: unknown }, s: string) { checkCopy(b); b.s += s; return [s.length, null]; });
bp.methods.set('WriteByte', function* (_g: any, b: { s: string; addr: unknown }, c: number) { checkCopy(b, 'WriteByte'); b.s += String.fromCharCode(c); return null; });
bp.methods.set('WriteRune', function* (_g: any, b: { s: string; addr: unknown }, r: number) { checkCopy(b, 'WriteRune'); const e = encodeRune(r); b.s += e; return [e.length, null]; });
bp.methods.set('Write', function* (_g: any, b: { s: string; addr: unknown }, p: Slice | null) { checkCopy(b, 'Write'); const s = String.fromCharCode(...toArray(p)); b.s += s; return [s.length, null]; });
bp.methods.set('String', function* (_g: any, b: { s: string }) { return b.s; });
bp.methods.set('Len', function* (_g: any, b: { s: string }) { return b.s.length; });
bp.methods.set('Reset', function* (_g: any, b: { s: string; addr: unknown }) { b.s = ''; b.addr = null; });
bp.methods.set('Grow', function* () { /* capacity is not modelled */ });
bp.methods.set('Cap', function* (_g: any, b: { s: string }) { return b.s.length; });


/** StringsTables are a part's functions and types. */
export interface StringsTables { funcs: Record<string, unknown>; types: Record<string, RType> }
/** stringsTables are package strings's tables (in the browser worker, guarded by pkg/strings-parts.lazy.ts). */
export const stringsTables: StringsTables = { funcs: {}, types: { Builder: builderT } };

const sliceOf = (a: string[]): Slice | null => fromArray(a);
/** split is Split, SplitN, SplitAfter and SplitAfterN: at most n parts (all when n < 0), each keeping sep when `after`. */
function split(s: string, sep: string, n: number, after: boolean): Slice | null {
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
const mapRunes = (s: string, f: (r: number) => number): string => fromRunes(runes(s).map(f));
/** upper is unicode.ToUpper (ASCII fast path). */
const upper = (r: number): number => (r >= 97 && r <= 122 ? r - 32 : r < 128 ? r : String.fromCodePoint(r).toUpperCase().codePointAt(0)!);

Object.assign(stringsTables.funcs, {
  Contains: (_g: any, s: string, sub: string) => s.includes(sub),
  HasPrefix: (_g: any, s: string, p: string) => s.startsWith(p),
  HasSuffix: (_g: any, s: string, p: string) => s.endsWith(p),
  SplitN: (_g: any, s: string, sep: string, n: number) => split(s, sep, Number(n), false),
  Join: (_g: any, a: Slice | null, sep: string) => toArray(a).join(sep),
  ToUpper: (_g: any, s: string) => mapRunes(s, upper),
});

/** StringsBase are the helpers of this chunk that the rest (strings-more.ts) uses. */
export interface StringsBase { split: typeof split; mapRunes: typeof mapRunes; upper: typeof upper }

/** addStringsMore adds the rest's functions and types, built by strings-more.ts's stringsMore, to the tables. */
export function addStringsMore(more: (base: StringsBase) => StringsTables): void {
  const { funcs, types } = more({ split, mapRunes, upper });
  Object.assign(stringsTables.funcs, funcs);
  Object.assign(stringsTables.types, types);
}

/** stringsPackage builds package strings (with the rest's functions and types once strings-more.ts has loaded). */
export function stringsPackage() {
  return { types: stringsTables.types, vars: {}, funcs: stringsTables.funcs };
}
