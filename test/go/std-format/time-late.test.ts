// time.Time's Format and String and time.ParseDuration (src/go/std/time-layout.ts) are the browser's `go:timefmt`
// chunk. While it is missing, a run that needs one must record the late key, so the worker loads it and runs again;
// a run that only measures durations never needs it; once loaded the text is Go's.
import { afterEach, describe, expect, it } from 'vitest';
import { compile, formatDiagnostic, runProgram } from '../../../src/go/index.ts';
import { TIME_PLACEHOLDER } from '../../../src/go/std/time-format.ts';
import { timeHook } from '../../../src/go/std/time-hook.ts';
import { lateCount, lateKeys } from '../../../src/go/syntax/late-keys.ts';

const full = { ...timeHook };
afterEach(() => { Object.assign(timeHook, full); });
const unload = () => { timeHook.format = undefined; timeHook.string = undefined; timeHook.parseDuration = undefined; };

function run(text: string) {
  const c = compile([{ name: 'main.go', text }]);
  if (!c.ok) throw new Error(c.diagnostics.map(formatDiagnostic).join('\n'));
  return runProgram(c.program);
}

const prog = (imports: string, body: string) => `package main\n\nimport (\n${imports.split(' ').map((p) => `\t"${p}"\n`).join('')})\n\nfunc main() {\n${body}\n}\n`;
const FORMAT = prog('fmt time', '\tt := time.Now().Add(90 * time.Minute)\n\tfmt.Println(t.Format("Mon Jan _2 15:04:05.000 2006"))');
const STRING = prog('fmt time', '\tfmt.Printf("%v|%s\\n", time.Now().Add(36*time.Hour), time.Now())');
const PARSE = prog('fmt time', '\td, err := time.ParseDuration("1h2m3.5s")\n\tfmt.Println(d, err)\n\t_, err = time.ParseDuration("3x")\n\tfmt.Println(err)');
const DURATIONS = prog('fmt time', '\tstart := time.Now()\n\ttime.Sleep(1500 * time.Millisecond)\n\tfmt.Println(time.Since(start), time.Since(start).Milliseconds())');

describe('time formatting as a late part', () => {
  it.each([
    ['Time.Format', FORMAT, 'Sat Jan  1 01:30:00.000 2000\n'],
    ['Time.String', STRING, null],
    ['time.ParseDuration', PARSE, '1h2m3.5s <nil>\ntime: unknown unit "x" in duration "3x"\n'],
  ] as [string, string, string | null][])('records go:timefmt when %s runs without it, and gives the eager text with it', (_name, text, want) => {
    const eager = run(text).stdout;
    unload();
    const before = lateCount();
    const late = run(text);
    expect(lateCount()).toBeGreaterThan(before);
    expect(lateKeys()).toContain('go:timefmt');
    expect(late.stdout).toContain(TIME_PLACEHOLDER);
    Object.assign(timeHook, full);
    const again = lateCount();
    expect(run(text).stdout).toBe(eager);
    expect(lateCount()).toBe(again);
    if (want !== null) expect(eager).toBe(want);
  });

  it('is not needed by a run that measures and prints durations', () => {
    unload();
    const before = lateCount();
    expect(run(DURATIONS).stdout).toBe('1.5s 1500\n');
    expect(lateCount()).toBe(before);
  });
});
