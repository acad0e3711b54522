// UTF-8 over Go byte strings: a Go string is a JS string holding one char code (0-255) per byte.

/** RuneError is U+FFFD, the rune Go substitutes for invalid UTF-8. */
export const RuneError = 0xfffd;
/** MaxRune is the largest Unicode code point. */
export const MaxRune = 0x10ffff;

/** validRune reports whether r is a Unicode scalar value (in range and not a surrogate). */
export function validRune(r: number): boolean {
  return (r >= 0 && r < 0xd800) || (r > 0xdfff && r <= MaxRune);
}

/** runeLen is the number of UTF-8 bytes needed for r, or -1 if r is not a valid rune. */
export function runeLen(r: number): number {
  if (r < 0) return -1;
  if (r < 0x80) return 1;
  if (r < 0x800) return 2;
  if (r >= 0xd800 && r <= 0xdfff) return -1;
  if (r < 0x10000) return 3;
  if (r <= MaxRune) return 4;
  return -1;
}

/** encodeRune returns r as a UTF-8 byte string; invalid runes encode as U+FFFD, as in Go. */
export function encodeRune(r: number): string {
  if (r >= 0 && r < 0x80) return String.fromCharCode(r);
  if (!validRune(r)) r = RuneError;
  if (r < 0x800) return String.fromCharCode(0xc0 | (r >> 6), 0x80 | (r & 0x3f));
  if (r < 0x10000) return String.fromCharCode(0xe0 | (r >> 12), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
  return String.fromCharCode(0xf0 | (r >> 18), 0x80 | ((r >> 12) & 0x3f), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
}

/**
 * decodeRune decodes the rune starting at byte i of s: [rune, size]. Invalid or truncated
 * encodings give [RuneError, 1]; at or past the end it gives [RuneError, 0], as utf8.DecodeRuneInString.
 */
export function decodeRune(s: string, i = 0): [number, number] {
  const n = s.length - i;
  if (n <= 0) return [RuneError, 0];
  const b0 = s.charCodeAt(i);
  if (b0 < 0x80) return [b0, 1];
  if (b0 < 0xc2 || b0 > 0xf4) return [RuneError, 1];
  const cont = (k: number, lo = 0x80, hi = 0xbf): number => {
    if (k >= n) return -1;
    const b = s.charCodeAt(i + k);
    return b >= lo && b <= hi ? b & 0x3f : -1;
  };
  if (b0 < 0xe0) {
    const c1 = cont(1);
    return c1 < 0 ? [RuneError, 1] : [((b0 & 0x1f) << 6) | c1, 2];
  }
  if (b0 < 0xf0) {
    const c1 = cont(1, b0 === 0xe0 ? 0xa0 : 0x80, b0 === 0xed ? 0x9f : 0xbf);
    if (c1 < 0) return [RuneError, 1];
    const c2 = cont(2);
    return c2 < 0 ? [RuneError, 1] : [((b0 & 0x0f) << 12) | (c1 << 6) | c2, 3];
  }
  const c1 = cont(1, b0 === 0xf0 ? 0x90 : 0x80, b0 === 0xf4 ? 0x8f : 0xbf);
  if (c1 < 0) return [RuneError, 1];
  const c2 = cont(2);
  if (c2 < 0) return [RuneError, 1];
  const c3 = cont(3);
  return c3 < 0 ? [RuneError, 1] : [((b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3, 4];
}

/** decodeLastRune decodes the rune ending at the end of s (or before byte `end`): [rune, size]. */
export function decodeLastRune(s: string, end = s.length): [number, number] {
  if (end <= 0) return [RuneError, 0];
  if (s.charCodeAt(end - 1) < 0x80) return [s.charCodeAt(end - 1), 1];
  const lim = Math.max(0, end - 4);
  let start = end - 1;
  while (start > lim && (s.charCodeAt(start) & 0xc0) === 0x80) start--;
  const [r, size] = decodeRune(s.slice(0, end), start);
  return start + size !== end ? [RuneError, 1] : [r, size];
}

/** runeCount is the number of runes in the byte string s (each invalid byte counts as one). */
export function runeCount(s: string): number {
  let count = 0;
  for (let i = 0; i < s.length; count++) {
    i += s.charCodeAt(i) < 0x80 ? 1 : decodeRune(s, i)[1];
  }
  return count;
}

/** validString reports whether the byte string s is entirely valid UTF-8. */
export function validString(s: string): boolean {
  for (let i = 0; i < s.length; ) {
    if (s.charCodeAt(i) < 0x80) { i++; continue; }
    const [r, size] = decodeRune(s, i);
    if (r === RuneError && size === 1) return false;
    i += size;
  }
  return true;
}

/** runes decodes the byte string s into its runes, as Go's `[]rune(s)` (invalid bytes become U+FFFD). */
export function runes(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; ) {
    const [r, size] = decodeRune(s, i);
    out.push(r);
    i += size;
  }
  return out;
}

/** fromRunes encodes runes as a byte string, as Go's `string(runes)`. */
export function fromRunes(rs: readonly number[]): string {
  let out = '';
  for (const r of rs) out += encodeRune(r);
  return out;
}

/** toByteString converts a JS (UTF-16) string to a Go byte string of its UTF-8 encoding; lone surrogates become U+FFFD. */
export function toByteString(js: string): string {
  let ascii = true;
  for (let i = 0; i < js.length; i++) if (js.charCodeAt(i) >= 0x80) { ascii = false; break; }
  if (ascii) return js;
  let out = '';
  for (const ch of js) out += encodeRune(ch.codePointAt(0)!);
  return out;
}

/** fromByteString decodes a Go byte string into a JS string (invalid UTF-8 becomes U+FFFD per byte, as Go's range loop does). */
export function fromByteString(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) { ascii = false; break; }
  if (ascii) return s;
  let out = '';
  for (let i = 0; i < s.length; ) {
    const [r, size] = decodeRune(s, i);
    out += String.fromCodePoint(r);
    i += size;
  }
  return out;
}
