// time.Time's Format and String and time.ParseDuration (src/go/std/time-layout.ts) are the browser's `go:timefmt`
// chunk, time's timers (time-timers.ts) its `go:timers` chunk. While one is missing, a run that needs it must record
// the late key, so the worker loads it and runs again; a run that only sleeps and measures durations needs neither;
// once loaded the output is Go's.
import { afterEach, describe, expect, it } from 'vitest';
import { mainProgram, runMain } from '../run-main.ts';
import { TIME_PLACEHOLDER } from '../../../src/go/std/time-format.ts';
import { timeHook } from '../../../src/go/std/time-hook.ts';
import { lateCount, lateKeys } from '../../../src/go/syntax/late-keys.ts';

const full = { ...timeHook };
afterEach(() => { Object.assign(timeHook, full); });
const unload = () => { timeHook.format = undefined; timeHook.string = undefined; timeHook.parseDuration = undefined; timeHook.timers = undefined; };

const run = runMain;

const prog = mainProgram;
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

  it.each([
    ['time.After in a select', 'import (\n\t"context"\n\t"fmt"\n\t"time"\n)\n\nfunc main() {\n\tctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)\n\tdefer cancel()\n\tselect {\n\tcase <-time.After(time.Second):\n\t\tfmt.Println("timer first")\n\tcase <-ctx.Done():\n\t\tfmt.Println(ctx.Err())\n\t}\n}\n', 'timer first\n'],
    ['a Timer stopped and a Ticker', 'import (\n\t"fmt"\n\t"time"\n)\n\nfunc main() {\n\tt := time.NewTimer(time.Second)\n\tfmt.Println(t.Stop(), t.Stop())\n\tk := time.NewTicker(300 * time.Millisecond)\n\tdefer k.Stop()\n\tstart := time.Now()\n\tfor i := 0; i < 3; i++ {\n\t\t<-k.C\n\t}\n\tfmt.Println(time.Since(start))\n}\n', 'true false\n900ms\n'],
    ['time.AfterFunc', 'import (\n\t"fmt"\n\t"time"\n)\n\nfunc main() {\n\ttime.AfterFunc(time.Second, func() { fmt.Println("fired") })\n\ttime.Sleep(2 * time.Second)\n\tfmt.Println("done")\n}\n', 'fired\ndone\n'],
  ])('records go:timers when %s runs without it (never a JavaScript error), and gives Go\'s output with it', (_name, rest, want) => {
    const text = 'package main\n\n' + rest;
    expect(run(text).stdout).toBe(want);
    timeHook.timers = undefined;
    const before = lateCount();
    const late = run(text);
    expect(lateCount()).toBeGreaterThan(before);
    expect(lateKeys()).toContain('go:timers');
    expect(late.stdout).not.toBe(want);
    Object.assign(timeHook, full);
    const again = lateCount();
    expect(run(text).stdout).toBe(want);
    expect(lateCount()).toBe(again);
  });

  it('is not needed by a run that measures and prints durations', () => {
    unload();
    const before = lateCount();
    expect(run(DURATIONS).stdout).toBe('1.5s 1500\n');
    expect(lateCount()).toBe(before);
  });
});
