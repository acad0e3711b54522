import { describe, expect, it } from 'vitest';
import { goRun, prog } from '../lower/run.ts';

const out = (body: string, imports = ['fmt'], decls = '') => goRun(prog(body, imports, decls)).stdout;

describe('fmt', () => {
  it.each([
    ['%5d|%-5d|%05d', '42, 42, -42', '   42|42   |-0042'],
    ['%x %X %o %b %c %U', '255, 255, 8, 5, 0x4e16, 0x4e16', 'ff FF 10 101 世 U+4E16'],
    ['%.2f %8.3f %e %g', '3.14159, 2.5, 123456.0, 1e21', '3.14    2.500 1.234560e+05 1e+21'],
    ['%q %s %10s|%-4s|', '"hi\\n", "x", "right", "l"', '"hi\\n" x      right|l   |'],
    ['%t %v %p', 'true, nil, nil', 'true <nil> %!p(<nil>)'],
    ['%d %s', '"str", 3', '%!d(string=str) %!s(int=3)'],
    ['%d', '', '%!d(MISSING)'],
    ['%d', '1, 2', '1%!(EXTRA int=2)'],
  ])('Printf(%j, %s)', (f, args, want) => {
    expect(out(`fmt.Printf(${JSON.stringify(f)}${args ? ', ' + args : ''})`)).toBe(want);
  });

  it('prints structs, pointers, nested slices and sorted maps like %v, %+v and %#v', () => {
    expect(out(`p := P{"a", []int{1}, map[string]int{"b": 2, "a": 1}}
	fmt.Printf("%v\\n%+v\\n%#v\\n%v\\n", p, p, p, &p)`, ['fmt'], 'type P struct { Name string; Xs []int; M map[string]int }')).toBe(
      '{a [1] map[a:1 b:2]}\n{Name:a Xs:[1] M:map[a:1 b:2]}\nmain.P{Name:"a", Xs:[]int{1}, M:map[string]int{"a":1, "b":2}}\n&{a [1] map[a:1 b:2]}\n',
    );
  });

  it('prefers Error over String and uses them inside composite values', () => {
    expect(out('fmt.Println(E{}, []S{{}}, map[S]int{{}: 1})', ['fmt'], 'type E struct{}\nfunc (E) Error() string { return "err" }\nfunc (E) String() string { return "str" }\ntype S struct{}\nfunc (S) String() string { return "s" }')).toBe('err [s] map[s:1]\n');
  });

  it('Sprint adds spaces only between non-string operands; Sprintln always does', () => {
    expect(out('fmt.Print(fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil), "|", fmt.Sprintln("a", 1))')).toBe('a1 2bc3.5 <nil>|a 1\n');
  });

  it('Errorf with %w wraps for errors.Is/As/Unwrap, and several %w unwrap to all', () => {
    expect(out(`base := errors.New("base")
	err := fmt.Errorf("ctx: %w", base)
	two := fmt.Errorf("%w + %w", base, io.EOF)
	var target *MyErr
	wrapped := fmt.Errorf("outer: %w", &MyErr{"inner"})
	fmt.Println(err, errors.Is(err, base), errors.Unwrap(err) == base, errors.Is(two, io.EOF), errors.As(wrapped, &target), target.msg)
	fmt.Printf("%T %T\\n", err, base)`, ['errors', 'fmt', 'io'], 'type MyErr struct{ msg string }\nfunc (e *MyErr) Error() string { return e.msg }')).toBe(
      'ctx: base true true true true inner\n*fmt.wrapError *errors.errorString\n',
    );
  });
});
