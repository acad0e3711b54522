// time.Duration.String() on int64 nanoseconds.

const MICRO = '\xc2\xb5'; // U+00B5 'µ' as UTF-8 bytes (Go strings are byte strings)

function frac(v: bigint, prec: number): [string, bigint] {
  // Print the low prec decimal digits of v as a fraction, omitting trailing zeros (and the point if none).
  let out = '';
  let print = false;
  for (let i = 0; i < prec; i++) {
    const digit = v % 10n;
    print = print || digit !== 0n;
    if (print) out = digit.toString() + out;
    v /= 10n;
  }
  return [print ? '.' + out : '', v];
}

/** durationString is time.Duration(d).String(): "1h2m3.5s", "1.5ms", "2µs" (µ as UTF-8 bytes), "0s". */
export function durationString(d: number | bigint): string {
  let u = BigInt(d);
  const neg = u < 0n;
  if (neg) u = -u;
  let out: string;
  if (u < 1_000_000_000n) {
    if (u === 0n) return '0s';
    let unit: string, prec: number;
    if (u < 1000n) { unit = 'ns'; prec = 0; }
    else if (u < 1_000_000n) { unit = MICRO + 's'; prec = 3; }
    else { unit = 'ms'; prec = 6; }
    const [f, rest] = frac(u, prec);
    out = rest.toString() + f + unit;
  } else {
    const [f, secs] = frac(u, 9);
    out = (secs % 60n).toString() + f + 's';
    const mins = secs / 60n;
    if (mins > 0n) {
      out = (mins % 60n).toString() + 'm' + out;
      const hours = mins / 60n;
      if (hours > 0n) out = hours.toString() + 'h' + out;
    }
  }
  return neg ? '-' + out : out;
}
