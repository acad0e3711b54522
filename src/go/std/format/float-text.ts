/**
 * float-text: Go's float formatting, strconv.FormatFloat and fmt's %v %g %e %f verbs. Callers use float.ts, which
 * calls this through float-hook.ts: under Node this module loads at once (float-text.eager.ts); in the browser it is
 * the `go:float` chunk, loaded when a program's syntax suggests floats or after a run that formatted one. The rare
 * forms — binary and hexadecimal ('b', 'x', 'X'), a fixed precision other than %f's (every digit of v, with BigInt),
 * the # flag — are float-rare.ts (`go:floatx`), called through the hook too.
 */
import { needLate } from '../../syntax/late-keys.ts';
import { FLOAT_PLACEHOLDER, FLOATX_KEY, floatHook } from './float-hook.ts';
import { fractionDigits, roundDigits, shortestDigits, trimDigits, type Digits } from './decimal.ts';
import { pad, padSpaces, type FmtSpec } from './spec.ts';

/** late records that a run needs the rare forms' part (`go:floatx`) and returns the placeholder the run is done again over. */
function late(): string {
  needLate(FLOATX_KEY);
  return FLOAT_PLACEHOLDER;
}

function fmtE(neg: boolean, x: Digits, prec: number, e: 'e' | 'E'): string {
  let out = neg ? '-' : '';
  out += x.d.length === 0 ? '0' : x.d[0];
  if (prec > 0) {
    out += '.';
    const frac = x.d.slice(1, prec + 1);
    out += frac + '0'.repeat(prec - frac.length);
  }
  const exp = x.d.length === 0 ? 0 : x.dp - 1;
  const a = Math.abs(exp);
  return out + e + (exp < 0 ? '-' : '+') + (a < 10 ? '0' + a : String(a));
}

function fmtF(neg: boolean, x: Digits, prec: number): string {
  const { d, dp } = x;
  let out = neg ? '-' : '';
  if (dp > 0) out += d.length >= dp ? d.slice(0, dp) : d + '0'.repeat(dp - d.length);
  else out += '0';
  if (prec > 0) {
    // fraction digits dp .. dp+prec-1 of d, with zeros before the first digit and after the last
    const lead = Math.min(prec, Math.max(0, -dp));
    const body = d.slice(Math.max(dp, 0), Math.max(dp, 0) + prec - lead);
    out += '.' + '0'.repeat(lead) + body + '0'.repeat(prec - lead - body.length);
  }
  return out;
}

/**
 * formatFloatText is strconv.FormatFloat(v, fmt, prec, bitSize) for fmt 'e' 'E' 'f' 'g' 'G' 'b' 'x' 'X';
 * prec -1 means the shortest representation that reads back exactly. Other fmt bytes give "%" + fmt, as Go.
 */
export function formatFloatText(v: number, fmt: string, prec: number, bitSize: 32 | 64 = 64): string {
  if (bitSize === 32) v = Math.fround(v);
  if (v !== v) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  const neg = v < 0 || Object.is(v, -0);
  if (fmt === 'b' || fmt === 'x' || fmt === 'X') return floatHook.binary ? floatHook.binary(neg, v, prec, fmt, bitSize) : late();
  if (fmt !== 'e' && fmt !== 'E' && fmt !== 'f' && fmt !== 'g' && fmt !== 'G') return '%' + fmt;
  if (fmt === 'f' && prec >= 0 && prec < 100) {
    // toFixed rounds correctly but breaks exact ties upward where Go rounds them to even; a tie needs the exact
    // expansion to end exactly one place after the precision, and then toFixed(prec + 1) is that expansion.
    const a = Math.abs(v);
    if (a < 1e21) {
      if (fractionDigits(a) !== prec + 1) return (neg ? '-' : '') + a.toFixed(prec);
      const t = a.toFixed(prec + 1);
      const point = t.indexOf('.');
      const digits = t.slice(0, point) + t.slice(point + 1);
      const lead = digits.length - digits.replace(/^0+/, '').length;
      const exact = trimDigits(digits.slice(lead), point - lead);
      return fmtF(neg, roundDigits(exact, exact.dp + prec), prec);
    }
  }
  let x: Digits;
  const shortest = prec < 0;
  if (shortest) {
    x = shortestDigits(v, bitSize);
    prec = fmt === 'e' || fmt === 'E' ? Math.max(x.d.length - 1, 0) : fmt === 'f' ? Math.max(x.d.length - x.dp, 0) : x.d.length;
  } else {
    // every digit of v, for a fixed precision: the rare forms' part (float-rare.ts)
    if (!floatHook.exact) return late();
    const exact = floatHook.exact(v);
    if (fmt === 'f') x = roundDigits(exact, exact.dp + prec);
    else {
      if ((fmt === 'g' || fmt === 'G') && prec === 0) prec = 1;
      x = roundDigits(exact, fmt === 'e' || fmt === 'E' ? prec + 1 : prec);
    }
  }
  if (fmt === 'e' || fmt === 'E') return fmtE(neg, x, prec, fmt);
  if (fmt === 'f') return fmtF(neg, x, prec);
  // %g: %e when the exponent is < -4 or >= the precision (6 for the shortest form).
  let eprec = prec;
  if (eprec > x.d.length && x.d.length >= x.dp) eprec = x.d.length;
  if (shortest) eprec = 6;
  const exp = x.dp - 1;
  if (exp < -4 || exp >= eprec) {
    if (prec > x.d.length) prec = x.d.length;
    return fmtE(neg, x, prec - 1, fmt === 'g' ? 'e' : 'E');
  }
  if (prec > x.dp) prec = x.d.length;
  return fmtF(neg, x, Math.max(prec - x.dp, 0));
}

/**
 * fmtFloatText formats v for the fmt verb ('v' 'g' 'G' 'e' 'E' 'f' 'F' 'b' 'x' 'X') with flags, width and precision;
 * it returns null for any other verb (the caller prints `%!verb(float64=...)`).
 */
export function fmtFloatText(v: number, verb: string, spec: Readonly<FmtSpec>, bitSize: 32 | 64 = 64): string | null {
  let fmt: string, prec: number;
  switch (verb) {
    case 'v': fmt = 'g'; prec = -1; break;
    case 'b': case 'g': case 'G': case 'x': case 'X': fmt = verb; prec = -1; break;
    case 'f': case 'e': case 'E': fmt = verb; prec = 6; break;
    case 'F': fmt = 'f'; prec = 6; break;
    default: return null;
  }
  if (spec.prec >= 0) prec = spec.prec;
  let num = formatFloatText(v, fmt, prec, bitSize);
  let sign = num[0] === '-' || num[0] === '+' ? num[0] : '+';
  if (num[0] === '-' || num[0] === '+') num = num.slice(1);
  if (spec.space && sign === '+' && !spec.plus) sign = ' ';
  if (num[0] === 'I' || num[0] === 'N') {
    // Inf and NaN are padded with spaces, and NaN shows a sign only when asked for.
    const s = num[0] === 'N' && !spec.space && !spec.plus ? num : sign + num;
    return padSpaces(s, spec);
  }
  if (spec.sharp && fmt !== 'b') {
    if (!floatHook.sharp) return late();
    num = floatHook.sharp(num, fmt, prec);
  }
  if (spec.plus || sign !== '+') {
    const full = sign + num;
    if (spec.zero && !spec.minus && spec.width > full.length) {
      return sign + '0'.repeat(spec.width - full.length) + num;
    }
    return pad(full, spec);
  }
  return pad(num, spec);
}

floatHook.format = formatFloatText;
floatHook.fmt = fmtFloatText;
