// time.Duration.String() on int64 nanoseconds.

const MICRO = '\xc2\xb5'; // U+00B5 'µ' as UTF-8 bytes (Go strings are byte strings)

/** durationString is time.Duration(d).String(): "1h2m3.5s", "1.5ms", "2µs" (µ as UTF-8 bytes), "0s". */
export function durationString(d: number | bigint): string {
  if (typeof d === 'number' && Number.isSafeInteger(d)) return format(Math.abs(d), d < 0, Math.floor, (a, b) => a % b, 0, 60);
  const b = BigInt(d);
  return format(b < 0n ? -b : b, b < 0n, (x) => x, (a, b) => a % b, 0n, 60n);
}

// format works on either numbers or bigints: div truncates, mod is the remainder, zero and sixty are constants.
function format<T extends number | bigint>(u: T, neg: boolean, trunc: (x: T) => T, mod: (a: T, b: T) => T, zero: T, sixty: T): string {
  const big = typeof u === 'bigint';
  const c = (n: number): T => (big ? BigInt(n) : n) as T;
  const div = (a: T, b: T): T => trunc(((a as number) / (b as number)) as T);
  // frac prints the low prec decimal digits of v as a fraction, omitting trailing zeros (and the point if none).
  const frac = (v: T, prec: number): [string, T] => {
    let out = '';
    let print = false;
    const ten = c(10);
    for (let i = 0; i < prec; i++) {
      const digit = mod(v, ten);
      print = print || digit !== zero;
      if (print) out = String(digit) + out;
      v = div(v, ten);
    }
    return [print ? '.' + out : '', v];
  };
  let out: string;
  if (u < c(1_000_000_000)) {
    if (u === zero) return '0s';
    let unit: string, prec: number;
    if (u < c(1000)) { unit = 'ns'; prec = 0; }
    else if (u < c(1_000_000)) { unit = MICRO + 's'; prec = 3; }
    else { unit = 'ms'; prec = 6; }
    const [f, rest] = frac(u, prec);
    out = String(rest) + f + unit;
  } else {
    const [f, secs] = frac(u, 9);
    out = String(mod(secs, sixty)) + f + 's';
    const mins = div(secs, sixty);
    if (mins > zero) {
      out = String(mod(mins, sixty)) + 'm' + out;
      const hours = div(mins, sixty);
      if (hours > zero) out = String(hours) + 'h' + out;
    }
  }
  return neg ? '-' + out : out;
}
