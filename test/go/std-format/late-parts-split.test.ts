// The parts loaded on demand in the split runtime, as the browser worker gets it (esbuild with the eager-to-lazy
// swap, the compiler's property names mangled and code splitting, built as test/go/lazy-split.test.ts builds it):
// Go's float formatting (`go:float`, its rare forms `go:floatx`), time.Time's formatting with time.ParseDuration
// (`go:timefmt`) and time's timers (`go:timers`) are chunks. A program that needs one, prepared, loads it and prints Go's text; a program that needs
// none loads none; a use its detector cannot see (a DOUBLE scanned into an `any`, `fmt.Println(time.Now())`) records
// the late key, and after the load and a second run the result is the eager runtime's.
import { describe, expect, it } from 'vitest';
import { useSplitBundle, type SplitInstance } from '../split-bundle.ts';
import { runLessonProgram as runEager } from '../../../src/go/std/sql/lesson-run.ts';

type Instance = SplitInstance;

const { fresh, sqljs } = useSplitBundle('float-split');

const main = (text: string) => [{ name: 'main.go', text }];
const opts = { seed: 1, maxSteps: 20_000_000, maxOutputBytes: 64 * 1024 };
const FLOATS = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Printf("%05.1f|%q|%v|%.2f|%g\\n", 3.14159, "hi", 1e21, 0.125, 2.5)\n}\n';
const INTS = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Printf("%d|%q|%v|%x\\n", 3, "hi", []int{1}, 255)\n}\n';
// a DOUBLE computed by the server, scanned into an any: nothing in the syntax says float
const SCANNED = `package main

import (
	"database/sql"
	"fmt"

	_ "github.com/go-sql-driver/mysql"
)

func main() {
	db, err := sql.Open("mysql", "app:secret@tcp(127.0.0.1:3306)/course")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer db.Close()
	var v any
	if err := db.QueryRow("SELECT 2.5e0 * ?", 3).Scan(&v); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%v %T\\n", v, v)
}
`;

describe('float formatting in the split runtime', () => {
  it('is a chunk that prepare loads for a program with floats, which then prints Go\'s text at the first run', async () => {
    const inst = await fresh();
    expect(inst.lazy.isPending('go:float')).toBe(true);
    await inst.go.prepare(main(FLOATS));
    expect(inst.lazy.loadedKeys()).toContain('go:float');
    const before = inst.late.lateCount();
    const r = inst.lesson.runLessonProgram(sqljs(), FLOATS, opts);
    expect(inst.late.lateCount()).toBe(before);
    // real Go 1.23
    expect(r.stdout).toBe('003.1|"hi"|1e+21|0.12|2.5\n');
  });

  it('loads the rare forms (binary, hexadecimal, %e, the # flag) only after a run of a float program that needed them, which then prints Go\'s text', async () => {
    const inst = await fresh();
    const text = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Printf("%.2f %x %b %e %#g\\n", 1.5, 1.5, float32(1), 2.5, 1.0)\n}\n';
    expect(inst.lazy.isPending('go:floatx')).toBe(false);
    await inst.go.prepare(main(text));
    expect(inst.lazy.loadedKeys()).toEqual(['go:float']);
    // registered by the go:float chunk
    expect(inst.lazy.isPending('go:floatx')).toBe(true);
    const before = inst.late.lateCount();
    const first = inst.lesson.runLessonProgram(sqljs(), text, opts);
    expect(inst.late.lateCount()).toBeGreaterThan(before);
    expect(inst.late.lateKeys()).toEqual(['go:floatx']);
    expect(first.stdout).toMatch(/^1\.50 /);
    await inst.lazy.loadKeys(inst.late.lateKeys());
    const loaded = inst.late.lateCount();
    // real Go 1.23
    expect(inst.lesson.runLessonProgram(sqljs(), text, opts).stdout).toBe('1.50 0x1.8p+00 8388608p-23 2.500000e+00 1.00000\n');
    expect(inst.late.lateCount()).toBe(loaded);
  });

  it('is not loaded for a program that formats no float', async () => {
    const inst = await fresh();
    await inst.go.prepare(main(INTS));
    const before = inst.late.lateCount();
    expect(inst.lesson.runLessonProgram(sqljs(), INTS, opts).stdout).toBe('3|"hi"|[1]|ff\n');
    expect(inst.late.lateCount()).toBe(before);
    expect(inst.lazy.isPending('go:float')).toBe(true);
  });

  it('is recorded as a late key by a run that formats a float the detector missed, and the run again prints Go\'s text', async () => {
    const want = runEager(sqljs(), SCANNED, opts);
    expect(want.stdout).toBe('7.5 float64\n');
    const inst = await fresh();
    await inst.go.prepare(main(SCANNED));
    expect(inst.lazy.isPending('go:float')).toBe(true);
    const before = inst.late.lateCount();
    const first = inst.lesson.runLessonProgram(sqljs(), SCANNED, opts);
    expect(inst.late.lateCount()).toBeGreaterThan(before);
    expect(inst.late.lateKeys()).toEqual(['go:float']);
    expect(first.stdout).not.toBe(want.stdout);
    await inst.lazy.loadKeys(inst.late.lateKeys());
    expect(inst.lazy.isPending('go:float')).toBe(false);
    const loaded = inst.late.lateCount();
    const again = inst.lesson.runLessonProgram(sqljs(), SCANNED, opts);
    expect(inst.late.lateCount()).toBe(loaded);
        expect(pick(again)).toEqual(pick(want));
  });
});

type Output = ReturnType<Instance['lesson']['runLessonProgram']>;
const pick = (r: Output) => ({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, outcome: r.outcome, events: r.events.length });
const TIMES = 'package main\n\nimport (\n\t"fmt"\n\t"time"\n)\n\nfunc main() {\n\td, _ := time.ParseDuration("2h30m")\n\tfmt.Println(time.Now().Add(d).Format("2006-01-02 15:04:05"), d)\n}\n';
const DURATIONS = 'package main\n\nimport (\n\t"fmt"\n\t"time"\n)\n\nfunc main() {\n\tstart := time.Now()\n\ttime.Sleep(1500 * time.Millisecond)\n\tfmt.Println(time.Since(start))\n}\n';
const NOW = 'package main\n\nimport (\n\t"fmt"\n\t"time"\n)\n\nfunc main() {\n\ttime.Sleep(time.Second)\n\tfmt.Println(time.Now())\n}\n';

describe('time formatting in the split runtime', () => {
  it('is a chunk that prepare loads for a program formatting a time, which then prints Go\'s text at the first run', async () => {
    const inst = await fresh();
    expect(inst.lazy.isPending('go:timefmt')).toBe(true);
    await inst.go.prepare(main(TIMES));
    expect(inst.lazy.loadedKeys()).toContain('go:timefmt');
    const before = inst.late.lateCount();
    const r = inst.lesson.runLessonProgram(sqljs(), TIMES, opts);
    expect(inst.late.lateCount()).toBe(before);
    expect(r.stdout).toBe('2000-01-01 02:30:00 2h30m0s\n');
  });

  it('loads the timers for a program naming them, which then runs as the eager runtime runs it', async () => {
    const text = 'package main\n\nimport (\n\t"fmt"\n\t"time"\n)\n\nfunc main() {\n\tk := time.NewTicker(300 * time.Millisecond)\n\tdefer k.Stop()\n\tfor i := 0; i < 3; i++ {\n\t\t<-k.C\n\t}\n\tselect {\n\tcase <-time.After(time.Second):\n\t\tfmt.Println("after")\n\t}\n}\n';
    const want = runEager(sqljs(), text, opts);
    expect(want.stdout).toBe('after\n');
    const inst = await fresh();
    expect(inst.lazy.isPending('go:timers')).toBe(true);
    await inst.go.prepare(main(text));
    expect(inst.lazy.loadedKeys()).toContain('go:timers');
    const before = inst.late.lateCount();
    expect(pick(inst.lesson.runLessonProgram(sqljs(), text, opts))).toEqual(pick(want));
    expect(inst.late.lateCount()).toBe(before);
  });

  it('is not loaded for a program that measures durations', async () => {
    const inst = await fresh();
    await inst.go.prepare(main(DURATIONS));
    const before = inst.late.lateCount();
    expect(inst.lesson.runLessonProgram(sqljs(), DURATIONS, opts).stdout).toBe('1.5s\n');
    expect(inst.late.lateCount()).toBe(before);
    expect(inst.lazy.isPending('go:timefmt')).toBe(true);
    expect(inst.lazy.isPending('go:timers')).toBe(true);
    expect(inst.lazy.isPending('go:float')).toBe(true);
  });

  it('is recorded as a late key by a run that prints a time the detector missed, and the run again gives the eager result', async () => {
    const want = runEager(sqljs(), NOW, opts);
    const inst = await fresh();
    await inst.go.prepare(main(NOW));
    expect(inst.lazy.isPending('go:timefmt')).toBe(true);
    const before = inst.late.lateCount();
    const first = inst.lesson.runLessonProgram(sqljs(), NOW, opts);
    expect(inst.late.lateCount()).toBeGreaterThan(before);
    expect(inst.late.lateKeys()).toEqual(['go:timefmt']);
    expect(first.stdout).not.toBe(want.stdout);
    await inst.lazy.loadKeys(inst.late.lateKeys());
    const loaded = inst.late.lateCount();
    const again = inst.lesson.runLessonProgram(sqljs(), NOW, opts);
    expect(inst.late.lateCount()).toBe(loaded);
    expect(pick(again)).toEqual(pick(want));
  });
});
