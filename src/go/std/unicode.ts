/** unicode and unicode/utf8: rune classes and UTF-8 helpers over byte strings (format/utf8 does the decoding). */
import { decodeRune, decodeLastRune, encodeRune, runeCount, runeLen, validRune, validString } from './format/utf8.ts';
import { fromArray, toArray, type Slice } from '../runtime/slice.ts';

const ch = (r: number) => String.fromCodePoint(r);
const ok = (r: number) => r >= 0 && r <= 0x10ffff && !(r >= 0xd800 && r <= 0xdfff);

/** unicodePackage builds package unicode. */
export function unicodePackage() {
  const test = (re: RegExp) => (_g: any, r: number) => ok(r) && re.test(ch(r));
  return {
    types: {}, vars: {},
    funcs: {
      IsDigit: test(/^\p{Nd}$/u), IsNumber: test(/^\p{N}$/u), IsLetter: test(/^\p{L}$/u), IsLower: test(/^\p{Ll}$/u),
      IsUpper: test(/^\p{Lu}$/u), IsPunct: test(/^\p{P}$/u),
      IsSpace: (_g: any, r: number) => r === 32 || (r >= 9 && r <= 13) || r === 0x85 || r === 0xa0 || (ok(r) && r > 255 && /^\p{Zs}$/u.test(ch(r))),
      ToLower: (_g: any, r: number) => (ok(r) ? ch(r).toLowerCase().codePointAt(0)! : r),
      ToUpper: (_g: any, r: number) => (ok(r) ? (ch(r).toUpperCase().length === ch(r).length ? ch(r).toUpperCase().codePointAt(0)! : r) : r),
      ToTitle: (_g: any, r: number) => (ok(r) ? (ch(r).toUpperCase().length === ch(r).length ? ch(r).toUpperCase().codePointAt(0)! : r) : r),
    },
  };
}

const bytesOf = (s: Slice | null) => String.fromCharCode(...toArray(s));

/** utf8Package builds package unicode/utf8. */
export function utf8Package() {
  return {
    types: {}, vars: {},
    funcs: {
      RuneCount: (_g: any, p: Slice | null) => runeCount(bytesOf(p)),
      RuneCountInString: (_g: any, s: string) => runeCount(s),
      RuneLen: (_g: any, r: number) => runeLen(r),
      ValidString: (_g: any, s: string) => validString(s),
      Valid: (_g: any, p: Slice | null) => validString(bytesOf(p)),
      ValidRune: (_g: any, r: number) => validRune(r),
      DecodeRuneInString: (_g: any, s: string) => (s.length === 0 ? [0xfffd, 0] : decodeRune(s, 0)),
      DecodeRune: (_g: any, p: Slice | null) => { const s = bytesOf(p); return s.length === 0 ? [0xfffd, 0] : decodeRune(s, 0); },
      DecodeLastRuneInString: (_g: any, s: string) => (s.length === 0 ? [0xfffd, 0] : decodeLastRune(s)),
      EncodeRune: (_g: any, p: Slice | null, r: number) => { const e = encodeRune(r); for (let i = 0; i < e.length; i++) p!.a[p!.o + i] = e.charCodeAt(i); return e.length; },
      AppendRune: (_g: any, p: Slice | null, r: number) => { const e = encodeRune(r); return fromArray([...toArray(p), ...[...e].map((c) => c.charCodeAt(0))]); },
    },
  };
}
