// Every recorded probe of real Go 1.23 (data/recorded.json, written by record.ts) matches our primitives.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  badVerb, canBackquote, decodeLastRune, decodeRune, durationString, encodeRune, fmtBool, fmtFloat, fmtInteger, fmtQ,
  fmtS, fmtSx, formatExtra, formatFloat, formatInt, fromRunes, isPrint, parseFormat, pad, quote, quoteRune,
  quoteRuneToASCII, quoteToASCII, runeCount, runeLen, runes, validRune, validString, type FmtSpec,
} from '../../../src/go/std/format/index.ts';

type Entry = { kind: string; in: any; out: string };
const { entries } = JSON.parse(readFileSync(join(import.meta.dirname, 'data', 'recorded.json'), 'utf8')) as { entries: Entry[] };

const fromBits = (hex: string): number => {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setBigUint64(0, BigInt(hex));
  return dv.getFloat64(0);
};

type Arg = { type: 'int' | 'int64' | 'uint64'; v: number | bigint } | { type: 'string'; v: string } | { type: 'float64'; v: number } | { type: 'bool'; v: boolean };

/** A minimal Printf over the primitives, enough to drive them the way go-back's fmt will. */
function printArg(a: Arg, verb: string, spec: FmtSpec): string {
  let r: string | null = null;
  if (verb === 'T') return fmtS(a.type, spec);
  switch (a.type) {
    case 'int': case 'int64': case 'uint64': r = fmtInteger(a.v, verb, spec); break;
    case 'float64': r = fmtFloat(a.v, verb, spec); break;
    case 'bool': r = verb === 't' || verb === 'v' ? fmtBool(a.v, spec) : null; break;
    case 'string':
      if (verb === 'v') r = spec.sharpV ? fmtQ(a.v, spec) : fmtS(a.v, spec);
      else if (verb === 's') r = fmtS(a.v, spec);
      else if (verb === 'q') r = fmtQ(a.v, spec);
      else if (verb === 'x' || verb === 'X') r = fmtSx(a.v, verb === 'X', spec);
      break;
  }
  return r ?? badVerb(verb, a.type, printArg(a, 'v', spec));
}

function sprintf(format: string, args: Arg[]): string {
  let out = '';
  for (const op of parseFormat(format, { count: args.length, intAt: (i) => (args[i].type === 'int' ? Number(args[i].v) : null) })) {
    if (op.kind === 'text') out += op.text;
    else if (op.kind === 'verb') out += printArg(args[op.arg], op.verb, op.spec);
    else out += formatExtra(args.slice(op.from).map((a) => `${a.type}=${printArg(a, 'v', parseFormat('%v', { count: 1, intAt: () => null }).flatMap((o) => (o.kind === 'verb' ? [o.spec] : []))[0])}`));
  }
  return out;
}

const oneSpec = (format: string): FmtSpec => {
  const op = parseFormat(format, { count: 1, intAt: () => null }).find((o) => o.kind === 'verb');
  if (!op || op.kind !== 'verb') throw new Error(`no verb in ${format}`);
  return op.spec;
};

function ours(e: Entry): string {
  const x = e.in;
  switch (e.kind) {
    case 'formatFloat': return formatFloat(fromBits(x.v), x.fmt, x.prec, x.bitSize);
    case 'sprintfFloat': return sprintf(x.format, [{ type: 'float64', v: fromBits(x.v) }]);
    case 'sprintfInt': return sprintf(x.format, [{ type: x.type, v: BigInt(x.v) }]);
    case 'formatInt': return formatInt(BigInt(x.v), x.base);
    case 'sprintfString': return sprintf(x.format, [{ type: 'string', v: x.s }]);
    case 'string': {
      const s: string = x.s;
      switch (x.fn) {
        case 'Quote': return quote(s);
        case 'QuoteToASCII': return quoteToASCII(s);
        case 'CanBackquote': return String(canBackquote(s));
        case 'RuneCount': return String(runeCount(s));
        case 'ValidString': return String(validString(s));
        case 'DecodeAll': {
          let d = '';
          for (let i = 0; i < s.length; ) { const [r, n] = decodeRune(s, i); d += `${r}:${n},`; i += n; }
          return d;
        }
        case 'DecodeLast': return decodeLastRune(s).join(':');
        case 'RuneRoundTrip': return fromRunes(runes(s));
      }
      break;
    }
    case 'rune': {
      const r: number = x.r;
      switch (x.fn) {
        case 'QuoteRune': return quoteRune(r);
        case 'QuoteRuneToASCII': return quoteRuneToASCII(r);
        case 'Encode': return encodeRune(r);
        case 'RuneLen': return String(runeLen(r));
        case 'ValidRune': return String(validRune(r));
        case 'IsPrint': return String(isPrint(r));
      }
      break;
    }
    case 'duration': return durationString(BigInt(x.ns));
    case 'sprintf': return sprintf(x.format, x.args.map((a: any) => (a.type === 'float64' ? { type: 'float64', v: fromBits(a.v) } : a)));
  }
  throw new Error(`unknown probe ${e.kind} ${JSON.stringify(x)}`);
}

describe('format primitives match real Go 1.23', () => {
  const kinds = [...new Set(entries.map((e) => e.kind))];
  it('has recorded probes of every kind', () => {
    expect(kinds.sort()).toEqual(['duration', 'formatFloat', 'formatInt', 'rune', 'sprintf', 'sprintfFloat', 'sprintfInt', 'sprintfString', 'string']);
  });
  for (const kind of kinds) {
    it(`${kind}: every recorded result`, () => {
      const bad: string[] = [];
      for (const e of entries.filter((x) => x.kind === kind)) {
        const got = ours(e);
        if (got !== e.out) bad.push(`${JSON.stringify(e.in)}: want ${JSON.stringify(e.out)} got ${JSON.stringify(got)}`);
      }
      expect(bad.slice(0, 30)).toEqual([]);
    });
  }
  it('formats safe integers given as numbers the same as bigints', () => {
    for (const e of entries.filter((x) => x.kind === 'sprintfInt' && Number.isSafeInteger(Number(x.in.v)))) {
      expect(fmtInteger(Number(e.in.v), 'd', oneSpec('%d'))).toBe(fmtInteger(BigInt(e.in.v), 'd', oneSpec('%d')));
      const spec = oneSpec(e.in.format);
      const verb = e.in.format.replace(/[^a-zA-Z]/g, '').slice(-1);
      expect(fmtInteger(Number(e.in.v), verb, spec)).toBe(fmtInteger(BigInt(e.in.v), verb, spec));
    }
  });
  it('formats durations given as numbers the same as bigints', () => {
    for (const e of entries.filter((x) => x.kind === 'duration' && Number.isSafeInteger(Number(x.in.ns)))) {
      expect(durationString(Number(e.in.ns))).toBe(e.out);
    }
  });
  it('pads by runes, not bytes', () => {
    expect(pad('\xc3\xa9', oneSpec('%3s'))).toBe('  \xc3\xa9');
  });
});
