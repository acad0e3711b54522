// Go's float formatting (src/go/std/format/float-text.ts) is the browser's `go:float` chunk. While it is missing,
// a run that formats a float (through fmt, strconv, encoding/json) must record the late key, so the worker loads it
// and runs again; a run that formats no float never needs it; once loaded the text is Go's.
import { afterEach, describe, expect, it } from 'vitest';
import { mainProgram, runMain } from '../run-main.ts';
import { FLOAT_PLACEHOLDER } from '../../../src/go/std/format/float.ts';
import { floatHook } from '../../../src/go/std/format/float-hook.ts';
import { lateCount, lateKeys } from '../../../src/go/syntax/late-keys.ts';

const full = { ...floatHook };
afterEach(() => { Object.assign(floatHook, full); });
const unload = () => { floatHook.format = undefined; floatHook.fmt = undefined; };
const unloadRare = () => { floatHook.binary = undefined; floatHook.exact = undefined; floatHook.sharp = undefined; };

const run = runMain;

const prog = mainProgram;
const PRINTF = prog('fmt', '\tx := 2.0 / 3\n\tfmt.Printf("%.3f %v %d\\n", x, x*3, 7)');
const STRCONV = prog('fmt strconv', '\tfmt.Println(strconv.FormatFloat(1e21, \'g\', -1, 64))');
const JSON = prog('encoding/json fmt', '\tb, _ := json.Marshal(map[string]float64{"p": 0.1})\n\tfmt.Println(string(b))');
const INTS = prog('fmt strconv', '\tfmt.Printf("%d %s %x %q %v\\n", 42, "s", 255, "q", []int{1, 2})\n\tfmt.Println(strconv.Itoa(-3), true)');

describe('float formatting as a late part', () => {
  it.each([
    ['fmt verbs', PRINTF, '0.667 2 7\n'],
    ['strconv.FormatFloat', STRCONV, '1e+21\n'],
    ['encoding/json', JSON, '{"p":0.1}\n'],
  ])('records go:float when %s format a float without it, and gives Go\'s text with it', (_name, text, want) => {
    expect(run(text).stdout).toBe(want);
    unload();
    const before = lateCount();
    const late = run(text);
    expect(lateCount()).toBeGreaterThan(before);
    expect(lateKeys()).toContain('go:float');
    expect(late.stdout).toContain(FLOAT_PLACEHOLDER);
    expect(late.stdout).not.toBe(want);
    Object.assign(floatHook, full);
    const again = lateCount();
    expect(run(text).stdout).toBe(want);
    expect(lateCount()).toBe(again);
  });

  it.each([
    ['binary and hexadecimal forms', '\tfmt.Printf("%.2f %x %b\\n", 1.5, 1.5, float32(1))\n\tfmt.Println(strconv.FormatFloat(-0.1, \'X\', 3, 64))', '1.50 0x1.8p+00 8388608p-23\n-0X1.99AP-04\n'],
    ['a fixed precision other than %f\'s', '\tfmt.Printf("%.2f %e %.3g\\n", 1.5, 2.5, 1234.5678)\n\tfmt.Println(strconv.FormatFloat(1e23, \'f\', 2, 64))', '1.50 2.500000e+00 1.23e+03\n99999999999999991611392.00\n'],
    ['the # flag', '\tfmt.Printf("%.2f %#g %#.0f\\n", 1.5, 1.0, 3.0)\n\t_ = strconv.Itoa', '1.50 1.00000 3.\n'],
  ])('records go:floatx, not go:float, when a run formats a float in its rare forms (%s) without them', (_name, body, want) => {
    const text = prog('fmt strconv', body);
    // real Go 1.23
    expect(run(text).stdout).toBe(want);
    unloadRare();
    const before = lateCount();
    const late = run(text);
    expect(lateCount()).toBeGreaterThan(before);
    expect(lateKeys()).toContain('go:floatx');
    expect(late.stdout).toMatch(/^1\.50 /);
    expect(late.stdout).toContain(FLOAT_PLACEHOLDER);
    Object.assign(floatHook, full);
    expect(run(text).stdout).toBe(want);
  });

  it('gives Go\'s text for exact ties of %f (half to even) without the rare forms', () => {
    unloadRare();
    const before = lateCount();
    // real Go 1.23
    expect(run(prog('fmt strconv', '\tfmt.Printf("%.2f %.2f %.0f %.0f %.1f %.3f %.2f\\n", 0.125, 0.375, 0.5, 2.5, -0.25, 1.0625, 1e20+0.5)\n\tfmt.Println(strconv.FormatFloat(2.5, \'f\', 0, 64))')).stdout)
      .toBe('0.12 0.38 0 2 -0.2 1.062 100000000000000000000.00\n2\n');
    expect(lateCount()).toBe(before);
  });

  it('is not needed by a run that formats only integers, strings, booleans and slices', () => {
    unload();
    const before = lateCount();
    expect(run(INTS).stdout).toBe('42 s ff "q" [1 2]\n-3 true\n');
    expect(lateCount()).toBe(before);
  });
});
