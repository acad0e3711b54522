// The `go:float` detector (src/go/std/format/float-detect.ts) names the key from a program's syntax when it may format
// a float, and not for programs that cannot (so their download does not count the chunk). It never names `go:floatx`
// (the rare forms: binary, hexadecimal, exact digits, the # flag): only a run can need that one.
import { describe, expect, it } from 'vitest';
import { floatDetector } from '../../../src/go/std/format/float-detect.ts';
import { parseFiles } from '../../../src/go/syntax/index.ts';

const detect = (text: string) => floatDetector(parseFiles([{ name: 'main.go', text }]).files);
const prog = (imports: string, body: string, decls = '') => `package main\n\nimport (\n${imports.split(' ').map((p) => `\t"${p}"\n`).join('')})\n${decls}\nfunc main() {\n${body}\n}\n`;

describe('the go:float detector', () => {
  it.each([
    ['a float literal', prog('fmt', '\tfmt.Println(1.5)')],
    ['an exponent literal', prog('fmt', '\tfmt.Println(1e3)')],
    ['an imaginary literal', prog('fmt', '\t_ = 2i')],
    ['a float64 conversion', prog('fmt', '\tn := 3\n\tfmt.Println(float64(n) / 2)')],
    ['a float32 field', prog('fmt', '\tfmt.Println(t{})', 'type t struct{ x float32 }\n')],
    ['strconv.FormatFloat', prog('fmt strconv', '\tfmt.Println(strconv.FormatFloat(2, \'f\', 1, 64))')],
    ['strconv.ParseFloat', prog('fmt strconv', '\tf, _ := strconv.ParseFloat("2", 64)\n\tfmt.Println(f)')],
    ['sql.NullFloat64', prog('database/sql fmt', '\tvar n sql.NullFloat64\n\tfmt.Println(n)')],
    ['Duration.Seconds', prog('fmt time', '\tfmt.Println(time.Second.Seconds())')],
    ['Duration.Minutes', prog('fmt time', '\tm := time.Minute.Minutes\n\tfmt.Println(m())')],
    ['Duration.Hours', prog('fmt time', '\tfmt.Println(time.Hour.Hours())')],
    ['a %f verb', prog('fmt', '\tvar x any = f()\n\tfmt.Printf("%8.2f\\n", x)', 'func f() any { return nil }\n')],
    ['a %e verb with an argument index', prog('fmt', '\tfmt.Printf("%[1]e\\n", g())', 'func g() any { return nil }\n')],
    ['a %G verb in a raw string', prog('fmt', '\tfmt.Printf(`%G`, h())', 'func h() any { return nil }\n')],
    ['an import of math', prog('fmt math', '\tfmt.Println(math.MaxInt8)')],
  ])('names go:float for %s', (_name, text) => {
    expect(detect(text)).toEqual(['go:float']);
  });

  it.each([
    ['integers, strings and %d %s %v %x %q verbs', prog('fmt', '\tfmt.Printf("%d %s %v %x %q %%f\\n", 1, "a", []int{2}, 255, "q")')],
    ['a dotted address in a string', prog('fmt', '\tfmt.Println("tcp(127.0.0.1:3306)/course 1.23")')],
    ['durations printed as Durations', prog('fmt time', '\td := 1500 * time.Millisecond\n\tfmt.Println(d, d.Milliseconds())')],
    ['a value of type any', prog('fmt', '\tvar v any = 3\n\tfmt.Println(v)')],
    ['encoding/json of a struct of ints', prog('encoding/json fmt', '\tb, _ := json.Marshal(struct{ N int }{1})\n\tfmt.Println(string(b))')],
    ['a DOUBLE computed in SQL text (it misses this one: the late path serves it)', prog('database/sql fmt', '\tvar v any\n\t_ = db.QueryRow("SELECT 2.5e0").Scan(&v)\n\tfmt.Println(v)', 'var db *sql.DB\n')],
  ])('does not name it for %s', (_name, text) => {
    expect(detect(text)).toEqual([]);
  });

  it.each([
    ['a %x verb', prog('fmt', '\tfmt.Printf("%x\\n", 1.5)')],
    ['a %-10.3X verb', prog('fmt', '\tfmt.Printf("%-10.3X|\\n", 1.5)')],
    ['a %b verb', prog('fmt', '\tvar f float32 = 1\n\tfmt.Printf("%b\\n", f)')],
    ['strconv.FormatFloat\'s \'x\'', prog('fmt strconv', '\tfmt.Println(strconv.FormatFloat(1, \'x\', -1, 64))')],
  ])('names go:float only for a float program with %s (the rare forms load late)', (_name, text) => {
    expect(detect(text)).toEqual(['go:float']);
  });

  it('names nothing for %x of integers and strings', () => {
    expect(detect(prog('fmt', '\tfmt.Printf("%x %X %b\\n", 255, "hi", 5)'))).toEqual([]);
  });

  it('does not throw on an error-recovered parse', () => {
    expect(() => detect('package main\n\nfunc main() {\n\tx := 1.5 +\n')).not.toThrow();
    expect(detect('package main\n\nfunc main() {\n\tx := 1.5 +\n')).toEqual(['go:float']);
  });
});
