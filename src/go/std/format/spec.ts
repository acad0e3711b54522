// The flags, width and precision of one fmt verb, and padding by them.
import { runeCount } from './utf8.ts';

/** FmtSpec is one verb's flags, width and precision as fmt parses them (width/prec -1 when absent). */
export interface FmtSpec {
  plus: boolean;
  minus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  /** plusV is `%+v` (fmt moves the plus flag here for v and w). */
  plusV: boolean;
  /** sharpV is `%#v` (fmt moves the sharp flag here for v and w). */
  sharpV: boolean;
  width: number;
  prec: number;
}

/** newSpec returns a spec with no flags, width or precision: plain `%v`. */
export function newSpec(init: Partial<FmtSpec> = {}): FmtSpec {
  return { plus: false, minus: false, sharp: false, space: false, zero: false, plusV: false, sharpV: false, width: -1, prec: -1, ...init };
}

/** PLAIN is a shared spec without flags, width or precision; never mutate it. */
export const PLAIN: Readonly<FmtSpec> = Object.freeze(newSpec());

/** padding returns n copies of the pad byte fmt would use: '0' with the zero flag (left padding only), else ' '. */
export function padding(n: number, spec: Readonly<FmtSpec>): string {
  if (n <= 0) return '';
  return (spec.zero && !spec.minus ? '0' : ' ').repeat(n);
}

/** pad pads the byte string s to spec.width runes, on the left or (with minus) on the right. */
export function pad(s: string, spec: Readonly<FmtSpec>): string {
  if (spec.width <= 0) return s;
  const n = spec.width - runeCount(s);
  if (n <= 0) return s;
  return spec.minus ? s + padding(n, spec) : padding(n, spec) + s;
}

/** padSpaces pads like pad but never with zeros (fmt does this for numbers it has already zero-filled, %U, Inf and NaN). */
export function padSpaces(s: string, spec: Readonly<FmtSpec>): string {
  return pad(s, spec.zero ? { ...spec, zero: false } : spec);
}
