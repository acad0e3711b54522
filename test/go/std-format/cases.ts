// The inputs probed against real Go 1.23 by record.ts; the recorded outputs live in data/recorded.json.

/** FloatValues are float64 inputs: edge cases of rounding, exponent thresholds and specials. */
export const FloatValues: number[] = [
  0, -0, 1, -1, 0.1, 0.2, 0.3, 0.1 + 0.2, 0.5, 1.5, 2.5, -2.5, 3.5, 0.125, 0.375, 0.05, 0.25, 0.35, 1.005, 2.675,
  9.995, 99.5, 999999.5, 1e6, 1e7, 1e20, 1e21, 1e23, 8.41e21, 123456, 1234567, 12345678, 123456789, 1e-4, 1e-5,
  0.000123, 0.0001234, 3.141592653589793, 2 / 3, 1 / 3, 100, 1e100, 5e-324, 2.2250738585072014e-308,
  1.7976931348623157e308, 1234.5678, 9007199254740993, 2 ** 63, 1e15, 1e16, 123.456e-10, 42, -0.000001,
  Infinity, -Infinity, NaN, 0.999999, 9.9999999, 1.25, 1.35, 6.02214076e23,
];

/** Float32Values are float32 inputs (formatted with bitSize 32). */
export const Float32Values: number[] = [0.1, 1 / 3, 16777216, 3.4028234663852886e38, 1.401298464324817e-45, 2.5, 1e10, 0.3].map(Math.fround);

/** FormatFloatFmts are the strconv.FormatFloat format bytes probed. */
export const FormatFloatFmts = ['e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'];
/** FormatFloatPrecs are the precisions probed (-1 = shortest). */
export const FormatFloatPrecs = [-1, 0, 1, 2, 3, 5, 10, 17, 20];

/** FloatFormats are Printf formats applied to a single float64 operand. */
export const FloatFormats = [
  '%v', '%g', '%G', '%e', '%E', '%f', '%F', '%.2f', '%.0f', '%.3e', '%8.3f', '%-8.2f|', '%+.1e', '%08.3f', '% f',
  '%#g', '%#.3g', '%#v', '%10.4g', '%+v', '%d', '%s', '%-010.2f|', '%+08.2f', '% .3f', '%#.0f', '%#e', '%012v',
  '%.10g', '%b', '%6.2v', '%+g', '% g', '%#.0e', '%08v', '%x', '%X', '%.3x', '%#x', '%#.0x', '%#X', '%+012.2x', '%#g', '%#.4G',
];

/** IntValues are integer inputs as decimal strings with their Go type. */
export const IntValues: Array<{ type: 'int64' | 'uint64'; v: string }> = [
  ...['0', '1', '-1', '7', '42', '-42', '255', '65', '128512', '1114111', '1114112', '55296', '9223372036854775807',
    '-9223372036854775808', '9007199254740993', '-123456789', '10', '173', '0x263a'].map((v) => ({ type: 'int64' as const, v: v.startsWith('0x') ? String(parseInt(v, 16)) : v })),
  ...['0', '18446744073709551615', '255', '9223372036854775808'].map((v) => ({ type: 'uint64' as const, v })),
];

/** IntFormats are Printf formats applied to a single integer operand. */
export const IntFormats = [
  '%d', '%v', '%5d', '%-5d|', '%05d', '%+d', '% d', '%x', '%X', '%#x', '%#X', '%o', '%#o', '%O', '%b', '%#b', '%c',
  '%q', '%+q', '%U', '%#U', '%.3d', '%8.3d', '%+05d', '%-05d|', '%.0d', '%5.0d|', '%x', '%08x', '%#08x', '%+x',
  '%.6U', '%5c|', '%s', '%f', '% 05d', '%010U', '%-#8x|', '%t',
];

/** IntBases are the bases probed for strconv.FormatInt/FormatUint. */
export const IntBases = [2, 8, 10, 16, 36];

/** ByteStrings are string inputs (one char code per byte): ASCII, escapes, valid and invalid UTF-8. */
export const ByteStrings: string[] = [
  '', 'hello', 'tab\there', 'nl\n', 'say "hi"', 'back\\slash', '\x00\x07\x08\x0c\x0b\x0d\x1b\x7f', 'h\xc3\xa9llo',
  '\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e', '\xff\xfe', 'a\xc3', '\xf0\x9f\x98\x80', '\xc2\xad', '\xe2\x80\x8b', '\xef\xbb\xbf',
  '\xf4\x8f\xbf\xbf', 'e\xcc\x81', '`raw`', 'it\'s', '\xc2\xa0nbsp', '\xed\xa0\x80', '\xc0\x80', '\xe0\x80\xaf',
  '\xf4\x90\x80\x80', '\xe2\x82', 'abc\xe2\x82\xacdef', '\xef\xbf\xbd', '\xc2\x85', '\xe2\x80\xa8', '\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd',
];

/** StringFormats are Printf formats applied to a single string operand. */
export const StringFormats = [
  '%s', '%v', '%q', '%+q', '%#q', '%10q', '%.3q', '%x', '%X', '% x', '%#x', '%# X', '%s|', '%.2s', '%5s|', '%-5s|',
  '%05s', '%.0s|', '%8.3x|', '%d', '%-8q|', '%#v', '%t', '%c', '%06q',
];

/** Runes are rune inputs for QuoteRune and the UTF-8 encoder (including invalid ones). */
export const Runes: number[] = [0, 7, 9, 10, 39, 34, 92, 65, 127, 128, 0xad, 0xe9, 0x263a, 0x200b, 0xfeff, 0xd800, 0xfffd,
  0x1f600, 0x10ffff, 0x110000, -1, 0x85, 0x2028, 0xe000, 0x7ff, 0x800, 0xffff, 0x10000];

/** Durations are nanosecond counts for time.Duration.String(). */
export const Durations: string[] = [
  '0', '1', '999', '1000', '1001', '1500', '999999', '1000000', '1500000', '100000000', '999999999', '1000000000',
  '1000000001', '1500000000', '59000000000', '60000000000', '61000000000', '3600000000000', '3661000000000',
  '90061000000000', '-2000', '-1500000000', '9223372036854775807', '-9223372036854775808', '86400000000000',
  '5400000000000', '123456789', '-1', '7200000000001',
];

/** Operand is a typed Printf operand for the mixed Sprintf cases. */
export type Operand = { type: 'int'; v: number } | { type: 'string'; v: string } | { type: 'float64'; v: number } | { type: 'bool'; v: boolean };

/** SprintfCases are Printf calls exercising format parsing: indexes, star widths, missing and extra operands. */
export const SprintfCases: Array<{ format: string; args: Operand[] }> = [
  { format: '%d %d', args: [{ type: 'int', v: 1 }] },
  { format: '%d', args: [{ type: 'int', v: 1 }, { type: 'int', v: 2 }] },
  { format: '%d', args: [{ type: 'int', v: 1 }, { type: 'string', v: 'x' }, { type: 'bool', v: true }] },
  { format: '%[2]d %[1]d', args: [{ type: 'int', v: 1 }, { type: 'int', v: 2 }] },
  { format: '%[3]d', args: [{ type: 'int', v: 1 }, { type: 'int', v: 2 }] },
  { format: '%[0]d', args: [{ type: 'int', v: 1 }] },
  { format: '%[1]d %d', args: [{ type: 'int', v: 1 }, { type: 'int', v: 2 }] },
  { format: '%[x]d', args: [{ type: 'int', v: 1 }] },
  { format: '%[2]*[1]d|', args: [{ type: 'int', v: 12 }, { type: 'int', v: 5 }] },
  { format: '%*d|', args: [{ type: 'int', v: 5 }, { type: 'int', v: 42 }] },
  { format: '%-*d|', args: [{ type: 'int', v: 5 }, { type: 'int', v: 42 }] },
  { format: '%*d|', args: [{ type: 'int', v: -5 }, { type: 'int', v: 42 }] },
  { format: '%*d', args: [{ type: 'string', v: 'x' }, { type: 'int', v: 42 }] },
  { format: '%*d', args: [{ type: 'int', v: 10000000 }, { type: 'int', v: 42 }] },
  { format: '%.*f', args: [{ type: 'int', v: 2 }, { type: 'float64', v: Math.PI }] },
  { format: '%.*f', args: [{ type: 'int', v: -1 }, { type: 'float64', v: Math.PI }] },
  { format: '%.*f', args: [{ type: 'float64', v: 1 }, { type: 'float64', v: Math.PI }] },
  { format: '%*', args: [] },
  { format: '%', args: [] },
  { format: 'abc%', args: [{ type: 'int', v: 3 }] },
  { format: '%z', args: [{ type: 'int', v: 5 }] },
  { format: '%z', args: [{ type: 'string', v: 'hi' }] },
  { format: '%!', args: [{ type: 'bool', v: false }] },
  { format: '100%%', args: [] },
  { format: '%5%|', args: [] },
  { format: '%d%%', args: [{ type: 'int', v: 50 }] },
  { format: '%s=%v (%T)', args: [{ type: 'string', v: 'k' }, { type: 'int', v: 3 }, { type: 'float64', v: 2.5 }] },
  { format: '%v %v', args: [{ type: 'bool', v: true }] },
  { format: '%-+5d|%+-5d|', args: [{ type: 'int', v: 3 }, { type: 'int', v: 4 }] },
  { format: '%[2]v %v %v', args: [{ type: 'int', v: 1 }, { type: 'int', v: 2 }, { type: 'int', v: 3 }] },
  { format: '%[2]2d', args: [{ type: 'int', v: 1 }, { type: 'int', v: 2 }] },
  { format: '%[2].2f', args: [{ type: 'int', v: 1 }, { type: 'float64', v: 2 }] },
  { format: '%.[2]*[1]f|', args: [{ type: 'float64', v: 1.23456 }, { type: 'int', v: 3 }] },
  { format: '%.f|%.d|', args: [{ type: 'float64', v: 2.5 }, { type: 'int', v: 7 }] },
  { format: '%t %t', args: [{ type: 'bool', v: true }, { type: 'int', v: 1 }] },
  { format: 'x\xe2\x82\xacy%d', args: [{ type: 'int', v: 1 }] },
  { format: '%\xe2\x82\xac', args: [{ type: 'int', v: 1 }] },
  { format: '%010s|%-010s|', args: [{ type: 'string', v: 'ab' }, { type: 'string', v: 'cd' }] },
  { format: '%100000000d', args: [{ type: 'int', v: 1 }] },
  { format: '%.100000000d|', args: [{ type: 'int', v: 1 }] },
  { format: '%[1]d', args: [{ type: 'int', v: 1 }, { type: 'int', v: 2 }] },
  { format: '%[', args: [{ type: 'int', v: 1 }] },
  { format: '%[1', args: [{ type: 'int', v: 1 }] },
  { format: '%5.2', args: [{ type: 'int', v: 1 }] },
  { format: '%d %s', args: [{ type: 'string', v: 'a' }, { type: 'int', v: 2 }] },
];

/** seededDoubles returns n float64 values from random bit patterns (xorshift, fixed seed): every exponent range, subnormals included. */
function seededDoubles(n: number, seed: number): number[] {
  let s = seed >>> 0;
  const next = (): number => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s;
  };
  const dv = new DataView(new ArrayBuffer(8));
  const out: number[] = [];
  while (out.length < n) {
    dv.setUint32(0, next());
    dv.setUint32(4, next());
    const v = dv.getFloat64(0);
    if (Number.isFinite(v)) out.push(out.length % 3 === 0 ? Number(v.toPrecision(1 + (out.length % 17))) : v);
  }
  return out;
}

/** RandomFloats are extra float64 inputs for the shortest form and rounding at a few precisions. */
export const RandomFloats: number[] = seededDoubles(300, 0x5eed);
/** RandomFloatFmts and RandomFloatPrecs are the FormatFloat formats probed on RandomFloats. */
export const RandomFloatFmts = ['e', 'f', 'g', 'x'];
export const RandomFloatPrecs = [-1, 0, 3, 17];
