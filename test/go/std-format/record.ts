// Records real Go 1.23's output for the inputs in cases.ts into data/recorded.json.
// Run by hand: npx tsx test/go/std-format/record.ts  (needs /usr/lib/go-1.23; npm test never runs Go).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ByteStrings, Durations, Float32Values, FloatFormats, FloatValues, FormatFloatFmts, FormatFloatPrecs,
  IntBases, IntFormats, IntValues, RandomFloatFmts, RandomFloatPrecs, RandomFloats, Runes, SprintfCases, StringFormats, type Operand } from './cases.ts';

const GO = process.env.LEAKPROOF_GO ?? '/usr/lib/go-1.23/bin/go';

/** Entry is one recorded probe: what was called, with what, and what real Go returned (a byte string). */
export type Entry = { kind: string; in: unknown; out: string };

const goBytes = (s: string): string => '"' + [...s].map((c) => '\\x' + c.charCodeAt(0).toString(16).padStart(2, '0')).join('') + '"';
const bits64 = (v: number): string => {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, v);
  return '0x' + dv.getBigUint64(0).toString(16);
};
const goFloat = (v: number): string => `math.Float64frombits(${bits64(v)})`;
const goOperand = (o: Operand): string =>
  o.type === 'int' ? `int(${o.v})` : o.type === 'string' ? goBytes(o.v) : o.type === 'float64' ? goFloat(o.v) : String(o.v);

const entries: Omit<Entry, 'out'>[] = [];
const body: string[] = [];
const list = (xs: string[]): string => xs.join(', ');

body.push(`floats := []uint64{${list(FloatValues.map(bits64))}}`);
body.push(`f32 := []uint64{${list(Float32Values.map(bits64))}}`);
body.push(`ffmts := []byte{${list(FormatFloatFmts.map((f) => `'${f}'`))}}`);
body.push(`precs := []int{${list(FormatFloatPrecs.map(String))}}`);
body.push(`for _, b := range floats { for _, f := range ffmts { for _, p := range precs { out(strconv.FormatFloat(math.Float64frombits(b), f, p, 64)) } } }`);
for (const v of FloatValues) for (const f of FormatFloatFmts) for (const p of FormatFloatPrecs) entries.push({ kind: 'formatFloat', in: { v: bits64(v), fmt: f, prec: p, bitSize: 64 } });
body.push(`for _, b := range f32 { for _, f := range ffmts { for _, p := range precs { out(strconv.FormatFloat(math.Float64frombits(b), f, p, 32)) } } }`);
for (const v of Float32Values) for (const f of FormatFloatFmts) for (const p of FormatFloatPrecs) entries.push({ kind: 'formatFloat', in: { v: bits64(v), fmt: f, prec: p, bitSize: 32 } });
body.push(`rnd := []uint64{${list(RandomFloats.map(bits64))}}`);
body.push(`rfmts := []byte{${list(RandomFloatFmts.map((f) => `'${f}'`))}}`);
body.push(`rprecs := []int{${list(RandomFloatPrecs.map(String))}}`);
body.push(`for _, b := range rnd { for _, f := range rfmts { for _, p := range rprecs { out(strconv.FormatFloat(math.Float64frombits(b), f, p, 64)) } }; out(fmt.Sprint(math.Float64frombits(b))); out(strconv.FormatFloat(float64(float32(math.Float64frombits(b))), 'g', -1, 32)) }`);
for (const v of RandomFloats) {
  for (const f of RandomFloatFmts) for (const p of RandomFloatPrecs) entries.push({ kind: 'formatFloat', in: { v: bits64(v), fmt: f, prec: p, bitSize: 64 } });
  entries.push({ kind: 'sprintfFloat', in: { v: bits64(v), format: '%v' } });
  entries.push({ kind: 'formatFloat', in: { v: bits64(Math.fround(v)), fmt: 'g', prec: -1, bitSize: 32 } });
}
body.push(`floatFormats := []string{${list(FloatFormats.map(goBytes))}}`);
body.push(`for _, b := range floats { for _, f := range floatFormats { out(fmt.Sprintf(f, math.Float64frombits(b))) } }`);
for (const v of FloatValues) for (const f of FloatFormats) entries.push({ kind: 'sprintfFloat', in: { v: bits64(v), format: f } });

body.push(`intFormats := []string{${list(IntFormats.map(goBytes))}}`);
body.push(`bases := []int{${list(IntBases.map(String))}}`);
for (const { type, v } of IntValues) {
  body.push(`{ v := ${type}(${v}); for _, f := range intFormats { out(fmt.Sprintf(f, v)) }; for _, b := range bases { out(strconv.Format${type === 'int64' ? 'Int' : 'Uint'}(v, b)) } }`);
  for (const f of IntFormats) entries.push({ kind: 'sprintfInt', in: { type, v, format: f } });
  for (const b of IntBases) entries.push({ kind: 'formatInt', in: { type, v, base: b } });
}

body.push(`strs := []string{${list(ByteStrings.map(goBytes))}}`);
body.push(`strFormats := []string{${list(StringFormats.map(goBytes))}}`);
body.push(`for _, s := range strs {
  for _, f := range strFormats { out(fmt.Sprintf(f, s)) }
  out(strconv.Quote(s)); out(strconv.QuoteToASCII(s)); out(strconv.FormatBool(strconv.CanBackquote(s)))
  out(strconv.Itoa(utf8.RuneCountInString(s))); out(strconv.FormatBool(utf8.ValidString(s)))
  dec := ""; for i := 0; i < len(s); { r, n := utf8.DecodeRuneInString(s[i:]); dec += strconv.Itoa(int(r)) + ":" + strconv.Itoa(n) + ","; i += n }
  out(dec)
  lr, ln := utf8.DecodeLastRuneInString(s); out(strconv.Itoa(int(lr)) + ":" + strconv.Itoa(ln))
  out(string([]rune(s)))
}`);
for (const s of ByteStrings) {
  for (const f of StringFormats) entries.push({ kind: 'sprintfString', in: { s, format: f } });
  for (const fn of ['Quote', 'QuoteToASCII', 'CanBackquote', 'RuneCount', 'ValidString', 'DecodeAll', 'DecodeLast', 'RuneRoundTrip'])
    entries.push({ kind: 'string', in: { fn, s } });
}

body.push(`runes := []rune{${list(Runes.map(String))}}`);
body.push(`for _, r := range runes {
  out(strconv.QuoteRune(r)); out(strconv.QuoteRuneToASCII(r)); out(string(utf8.AppendRune(nil, r)))
  out(strconv.Itoa(utf8.RuneLen(r))); out(strconv.FormatBool(utf8.ValidRune(r))); out(strconv.FormatBool(strconv.IsPrint(r)))
}`);
for (const r of Runes) for (const fn of ['QuoteRune', 'QuoteRuneToASCII', 'Encode', 'RuneLen', 'ValidRune', 'IsPrint']) entries.push({ kind: 'rune', in: { fn, r } });

body.push(`durs := []int64{${list(Durations)}}`);
body.push(`for _, d := range durs { out(time.Duration(d).String()); out(fmt.Sprint(time.Duration(d))) }`);
for (const d of Durations) { entries.push({ kind: 'duration', in: { ns: d } }); entries.push({ kind: 'duration', in: { ns: d } }); }

for (const c of SprintfCases) {
  body.push(`out(fmt.Sprintf(${goBytes(c.format)}${c.args.map((a) => ', ' + goOperand(a)).join('')}))`);
  entries.push({ kind: 'sprintf', in: { format: c.format, args: c.args.map((a) => (a.type === 'float64' ? { type: a.type, v: bits64(a.v) } : a)) } });
}

const program = `package main

import (
\t"bufio"
\t"encoding/hex"
\t"fmt"
\t"math"
\t"os"
\t"strconv"
\t"time"
\t"unicode/utf8"
)

var w = bufio.NewWriter(os.Stdout)

func out(s string) { w.WriteString(hex.EncodeToString([]byte(s))); w.WriteByte('\\n') }

func main() {
\tdefer w.Flush()
${body.map((l) => '\t' + l).join('\n')}
}
`;

const dir = mkdtempSync(join(tmpdir(), 'leakproof-format-'));
writeFileSync(join(dir, 'main.go'), program);
const stdout = execFileSync(GO, ['run', 'main.go'], { cwd: dir, encoding: 'utf8', env: { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '-mod=mod', GOPROXY: 'off' }, maxBuffer: 1 << 28 });
const lines = stdout.split('\n').slice(0, -1);
if (lines.length !== entries.length) throw new Error(`Go printed ${lines.length} results for ${entries.length} probes (${dir}/main.go)`);
const recorded: Entry[] = entries.map((e, i) => ({ ...e, out: Buffer.from(lines[i], 'hex').toString('latin1') }));
const goVersion = execFileSync(GO, ['version'], { encoding: 'utf8' }).trim();
const target = join(import.meta.dirname, 'data', 'recorded.json');
writeFileSync(target, JSON.stringify({ recordedWith: goVersion, entries: recorded }, null, 0).replace(/\},\{/g, '},\n{') + '\n');
console.log(`recorded ${recorded.length} results from ${goVersion} into ${target}`);
