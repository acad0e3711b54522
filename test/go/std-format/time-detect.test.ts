// The time detector (src/go/std/time-detect.ts) names `go:timefmt` from a program's syntax when it may format a
// time.Time or parse a duration, and `go:timers` when it names a timer, and neither for programs that only sleep,
// measure and print durations (every course program).
import { describe, expect, it } from 'vitest';
import { parseFiles } from '../../../src/go/syntax/index.ts';
import { timeDetector } from '../../../src/go/std/time-detect.ts';

const detect = (text: string) => timeDetector(parseFiles([{ name: 'main.go', text }]).files);
const prog = (body: string, decls = '') => `package main\n\nimport (\n\t"fmt"\n\t"time"\n)\n${decls}\nfunc main() {\n${body}\n}\n`;

describe('the time detector', () => {
  it.each([
    ['Time.Format', prog('\tfmt.Println(time.Now().Format("15:04"))')],
    ['a method value of Format', prog('\tf := time.Now().Format\n\tfmt.Println(f(time.Kitchen))')],
    ['time.ParseDuration', prog('\td, _ := time.ParseDuration("1s")\n\tfmt.Println(d)')],
    ['a time.Time field', prog('\tfmt.Println(row{})', 'type row struct{ At time.Time }\n')],
    ['a time.Time variable', prog('\tvar t time.Time\n\tfmt.Println(t)')],
  ])('names go:timefmt for %s', (_name, text) => {
    expect(detect(text)).toEqual(['go:timefmt']);
  });

  it.each([
    ['durations measured and printed', prog('\tstart := time.Now()\n\ttime.Sleep(time.Second)\n\tfmt.Println(time.Since(start), time.Since(start).Milliseconds())')],
    ['a time.Duration field', prog('\tfmt.Println(cfg{})', 'type cfg struct{ Timeout time.Duration }\n')],
    ['"Format" in a string', prog('\tfmt.Println("Format Time")')],
  ])('does not name it for %s', (_name, text) => {
    expect(detect(text)).toEqual([]);
  });

  it.each([
    ['time.After in a select', prog('\tselect {\n\tcase <-time.After(time.Second):\n\t\tfmt.Println("late")\n\t}')],
    ['time.NewTimer', prog('\tt := time.NewTimer(time.Second)\n\tfmt.Println(t.Stop())')],
    ['time.NewTicker', prog('\tt := time.NewTicker(time.Second)\n\tdefer t.Stop()\n\t<-t.C\n\tfmt.Println(1)')],
    ['time.Tick', prog('\tfor range time.Tick(time.Second) {\n\t\tfmt.Println(1)\n\t}')],
    ['time.AfterFunc', prog('\ttime.AfterFunc(time.Second, func() { fmt.Println(1) })\n\ttime.Sleep(2 * time.Second)')],
  ])('names go:timers (only) for %s', (_name, text) => {
    expect(detect(text)).toEqual(['go:timers']);
  });

  it('names both for a program formatting a time a timer delivered', () => {
    expect(detect(prog('\tt := <-time.After(time.Second)\n\tfmt.Println(t.Format("15:04:05"))')).sort()).toEqual(['go:timefmt', 'go:timers']);
  });

  it('does not throw on an error-recovered parse', () => {
    expect(detect('package main\n\nfunc main() {\n\tt.Format(\n')).toEqual(['go:timefmt']);
  });
});
