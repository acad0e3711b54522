/** strings-more: the rest of package strings (strings.Replacer, Trim*, Fields, Split, the func-taking functions...), loaded in the browser worker when a compile names one of its members. */
import { basic, hostType, ptrTo, type RType } from '../runtime/rtype.ts';
import { GoPanic, withFrames } from '../runtime/panic.ts';
import { fromArray as S, toArray, type Slice } from '../runtime/slice.ts';
import { decodeRune, encodeRune, runes } from './format/utf8.ts';
import type { StringsBase, StringsTables } from './strings.ts';

/** replacerT is strings.Replacer (replacements tried in argument order at each position, as Go's generic replacer). */
export const replacerT: RType = hostType('strings', 'Replacer', () => ({ oldnew: [] }));
ptrTo(replacerT).methods.set('Replace', function* (_g: any, r: { oldnew: string[] }, s: string) {
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < r.oldnew.length; i += 2) pairs.push([r.oldnew[i]!, r.oldnew[i + 1]!]);
  let out = '', i = 0;
  outer: while (i <= s.length) {
    for (const [o, n] of pairs) {
      if (o === '' ? true : s.startsWith(o, i)) {
        if (o === '') { out += n; if (i < s.length) out += s[i]; i++; continue outer; }
        out += n; i += o.length; continue outer;
      }
    }
    if (i < s.length) out += s[i];
    i++;
  }
  return out;
});
type RuneFn = (g: any, r: number) => Generator<unknown, boolean, unknown>;
function* trimLeftGen(g: any, s: string, f: RuneFn): Generator<unknown, string, unknown> {
  let i = 0;
  while (i < s.length) { const [r, w] = decodeRune(s, i); if (!(yield* f(g, r))) break; i += w; }
  return s.slice(i);
}
function* trimRightGen(g: any, s: string, f: RuneFn): Generator<unknown, string, unknown> {
  let j = s.length;
  while (j > 0) {
    let k = j - 1;
    while (k > 0 && (s.charCodeAt(k) & 0xc0) === 0x80) k--;
    const [r] = decodeRune(s, k);
    if (!(yield* f(g, r))) break;
    j = k;
  }
  return s.slice(0, j);
}

const isSpace = (r: number) => r === 32 || (r >= 9 && r <= 13) || r === 0x85 || r === 0xa0 || r === 0x2028 || r === 0x2029 || r === 0x3000 || r === 0x1680 || (r >= 0x2000 && r <= 0x200a) || r === 0x202f || r === 0x205f;
function trimLeftFn(s: string, f: (r: number) => boolean): string {
  let i = 0;
  while (i < s.length) { const [r, w] = decodeRune(s, i); if (!f(r)) break; i += w; }
  return s.slice(i);
}
function trimRightFn(s: string, f: (r: number) => boolean): string {
  let j = s.length;
  while (j > 0) {
    let k = j - 1;
    while (k > 0 && (s.charCodeAt(k) & 0xc0) === 0x80) k--;
    const [r] = decodeRune(s, k);
    if (!f(r)) break;
    j = k;
  }
  return s.slice(0, j);
}
const inSet = (cut: string) => { const rs = new Set(runes(cut)); return (r: number) => rs.has(r); };
const lower = (r: number) => (r >= 65 && r <= 90 ? r + 32 : r < 128 ? r : String.fromCodePoint(r).toLowerCase().codePointAt(0)!);
function ReplaceAll(s: string, o: string, nw: string): string {
  if (o === '') { const rs = runes(s).map((r) => encodeRune(r)); return nw + rs.join(nw) + (rs.length ? nw : ''); }
  return s.split(o).join(nw);
}

/** stringsMore builds the rest's functions and types over the helpers of the package's own chunk (handed over: the two chunks import nothing from each other). */
export function stringsMore({ split, mapRunes, upper }: StringsBase): StringsTables {
  return { types: { Replacer: replacerT }, funcs: {
    ContainsRune: (_g: any, s: string, r: number) => s.includes(encodeRune(r)),
    ContainsAny: (_g: any, s: string, chars: string) => runes(chars).some((r) => s.includes(encodeRune(r))),
    Index: (_g: any, s: string, sub: string) => s.indexOf(sub),
    LastIndex: (_g: any, s: string, sub: string) => s.lastIndexOf(sub),
    IndexByte: (_g: any, s: string, c: number) => s.indexOf(String.fromCharCode(c)),
    IndexRune: (_g: any, s: string, r: number) => s.indexOf(encodeRune(r)),
    Split: (_g: any, s: string, sep: string) => split(s, sep, -1, false),
    SplitAfter: (_g: any, s: string, sep: string) => split(s, sep, -1, true),
    Repeat: (_g: any, s: string, n: number) => {
      if (n < 0) throw withFrames(new GoPanic({ t: basic.string, v: 'strings: negative Repeat count' }), [{ name: 'strings.Repeat', file: '/usr/lib/go-1.23/src/strings/strings.go', line: 569, np: 1 }]);
      return s.repeat(Number(n));
    },
    Replace: (_g: any, s: string, o: string, nw: string, n: number) => { let c = Number(n); if (c < 0) return ReplaceAll(s, o, nw); let out = '', i = 0; while (c-- > 0) { const j = o === '' ? (i === 0 && out === '' ? 0 : i < s.length ? i + decodeRune(s, i)[1] : -1) : s.indexOf(o, i); if (j < 0) break; out += s.slice(i, j) + nw; i = j + o.length; if (o === '' && j === 0 && out === nw) { i = 0; } } return out + s.slice(i); },
    ReplaceAll: (_g: any, s: string, o: string, nw: string) => ReplaceAll(s, o, nw),
    ToLower: (_g: any, s: string) => mapRunes(s, lower),
    Title: (_g: any, s: string) => s.replace(/(^|\s)([a-z])/g, (_m, a, b) => a + b.toUpperCase()),
    TrimSpace: (_g: any, s: string) => trimRightFn(trimLeftFn(s, isSpace), isSpace),
    Trim: (_g: any, s: string, cut: string) => trimRightFn(trimLeftFn(s, inSet(cut)), inSet(cut)),
    TrimLeft: (_g: any, s: string, cut: string) => trimLeftFn(s, inSet(cut)),
    TrimRight: (_g: any, s: string, cut: string) => trimRightFn(s, inSet(cut)),
    TrimPrefix: (_g: any, s: string, p: string) => (p !== '' && s.startsWith(p) ? s.slice(p.length) : s),
    TrimSuffix: (_g: any, s: string, p: string) => (p !== '' && s.endsWith(p) ? s.slice(0, s.length - p.length) : s),
    Fields: (_g: any, s: string) => { const out: string[] = []; let cur = '', i = 0; while (i < s.length) { const [r, w] = decodeRune(s, i); if (isSpace(r)) { if (cur) out.push(cur); cur = ''; } else cur += s.slice(i, i + w); i += w; } if (cur) out.push(cur); return S(out); },
    Count: (_g: any, s: string, sub: string) => { if (sub === '') return runes(s).length + 1; let c = 0, i = 0; for (;;) { const j = s.indexOf(sub, i); if (j < 0) return c; c++; i = j + sub.length; } },
    EqualFold: (_g: any, a: string, b: string) => mapRunes(a, lower) === mapRunes(b, lower),
    Compare: (_g: any, a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0),
    Cut: (_g: any, s: string, sep: string) => { const i = s.indexOf(sep); return i < 0 ? [s, '', false] : [s.slice(0, i), s.slice(i + sep.length), true]; },
    CutPrefix: (_g: any, s: string, p: string) => (s.startsWith(p) ? [s.slice(p.length), true] : [s, false]),
    CutSuffix: (_g: any, s: string, p: string) => (s.endsWith(p) ? [s.slice(0, s.length - p.length), true] : [s, false]),
    NewReplacer: (_g: any, a: Slice | null) => ({ oldnew: toArray(a) }),
    FieldsFunc: function* (g: any, s: string, f: RuneFn) { const out: string[] = []; let cur = '', i = 0; while (i < s.length) { const [r, w] = decodeRune(s, i); if (yield* f(g, r)) { if (cur) out.push(cur); cur = ''; } else cur += s.slice(i, i + w); i += w; } if (cur) out.push(cur); return S(out); },
    Map: function* (g: any, f: (g: any, r: number) => Generator<unknown, number, unknown>, s: string) { let out = '', i = 0; while (i < s.length) { const [r, w] = decodeRune(s, i); const m = yield* f(g, r); if (m >= 0) out += encodeRune(m); i += w; } return out; },
    IndexFunc: function* (g: any, s: string, f: RuneFn) { let i = 0; while (i < s.length) { const [r, w] = decodeRune(s, i); if (yield* f(g, r)) return i; i += w; } return -1; },
    ContainsFunc: function* (g: any, s: string, f: RuneFn) { let i = 0; while (i < s.length) { const [r, w] = decodeRune(s, i); if (yield* f(g, r)) return true; i += w; } return false; },
    TrimFunc: function* (g: any, s: string, f: RuneFn) { return yield* trimRightGen(g, yield* trimLeftGen(g, s, f), f); },
    TrimLeftFunc: function* (g: any, s: string, f: RuneFn) { return yield* trimLeftGen(g, s, f); },
    TrimRightFunc: function* (g: any, s: string, f: RuneFn) { return yield* trimRightGen(g, s, f); },
    IndexAny: (_g: any, s: string, chars: string) => { let i = 0; while (i < s.length) { const [r, w] = decodeRune(s, i); if (runes(chars).includes(r)) return i; i += w; } return -1; },
    LastIndexAny: (_g: any, s: string, chars: string) => { let best = -1, i = 0; while (i < s.length) { const [r, w] = decodeRune(s, i); if (runes(chars).includes(r)) best = i; i += w; } return best; },
    LastIndexByte: (_g: any, s: string, c: number) => s.lastIndexOf(String.fromCharCode(c)),
    SplitAfterN: (_g: any, s: string, sep: string, n: number) => split(s, sep, Number(n), true),
    ToTitle: (_g: any, s: string) => mapRunes(s, upper),
    Clone: (_g: any, s: string) => s,
  } };
}
