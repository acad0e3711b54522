import { describe, expect, it } from 'vitest';
import { goRun, prog } from './run.ts';

describe('lowering keeps Go semantics', () => {
  it('runs deferred calls LIFO with arguments evaluated at the defer statement, and lets them change named results', () => {
    const r = goRun(prog('fmt.Println(f())', ['fmt'], `
func f() (n int) {
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	defer func() { n *= 10 }()
	return 4
}`));
    expect(r.stdout).toBe('2 1 0 40\n');
  });

  it('recovers a runtime panic only in a directly deferred function', () => {
    const r = goRun(prog('fmt.Println(safe())', ['fmt'], `
func helper() any { return recover() }
func safe() (msg string) {
	defer func() {
		if helper() != nil { msg = "helper recovered" }
		if r := recover(); r != nil { msg = fmt.Sprint("recovered: ", r) }
	}()
	var s []int
	_ = s[2]
	return "unreachable"
}`));
    expect(r.stdout).toBe('recovered: runtime error: index out of range [2] with length 0\n');
  });

  it('gives each loop iteration its own variable (Go 1.22) for closures and goroutines', () => {
    const r = goRun(prog(`
	var fs []func() int
	for i := 0; i < 3; i++ { fs = append(fs, func() int { return i }) }
	for _, v := range []int{7, 8} { fs = append(fs, func() int { return v }) }
	for _, f := range fs { fmt.Print(f(), " ") }`));
    expect(r.stdout).toBe('0 1 2 7 8 ');
  });

  it('copies structs and arrays on assignment but shares slices and maps', () => {
    const r = goRun(prog(`
	type P struct{ X int; A [2]int }
	a := P{X: 1}
	b := a
	b.X, b.A[0] = 2, 9
	s := []int{1}
	t := s
	t[0] = 5
	m := map[string]int{}
	n := m
	n["k"] = 1
	fmt.Println(a, b, s, len(m))`));
    expect(r.stdout).toBe('{1 [0 0]} {2 [9 0]} [5] 1\n');
  });

  it('makes a nil pointer inside an interface a non-nil error (the typed-nil rule)', () => {
    const r = goRun(prog('var p *E\n\tvar err error = p\n\tfmt.Println(p == nil, err == nil, err != nil)', ['fmt'], 'type E struct{}\nfunc (*E) Error() string { return "e" }'));
    expect(r.stdout).toBe('true false true\n');
  });

  it('wraps sized integers exactly and keeps int64 exact beyond 2^53', () => {
    const r = goRun(prog(`
	var a int8 = 127
	a++
	var u uint8 = 0
	u--
	var x int64 = 1 << 62
	x = x*2 - 1
	var y uint64 = 1<<64 - 1
	y++
	fmt.Println(a, u, x, y, int32(2147483647)+int32(a))`));
    expect(r.stdout).toBe('-128 255 9223372036854775807 0 2147483519\n');
  });

  it('dispatches through interfaces, embedded methods and method values', () => {
    const r = goRun(prog(`
	c := &Counter{}
	inc := c.Inc
	inc(); inc()
	var s fmt.Stringer = Wrapper{c}
	fmt.Println(s.String(), c.n)`, ['fmt'], `
type Counter struct{ n int }
func (c *Counter) Inc() { c.n++ }
func (c *Counter) String() string { return fmt.Sprint("count=", c.n) }
type Wrapper struct{ *Counter }`));
    expect(r.stdout).toBe('count=2 2\n');
  });

  it('compiles functions that can never block to plain JS functions and the rest to generators', () => {
    const r = goRun(prog('fmt.Println(fib(10))\n\tch := make(chan int, 1)\n\tch <- 1\n\tfmt.Println(<-ch)', ['fmt'], 'func fib(n int) int { if n < 2 { return n }; return fib(n-1) + fib(n-2) }'));
    expect(r.stdout).toBe('55\n1\n');
    expect(r.source).toMatch(/function F_fib\(/);
    expect(r.source).toMatch(/function\* F_main\(/);
  });

  it('runs generic functions and types with their type arguments', () => {
    const r = goRun(prog('fmt.Println(Sum(1, 2, 3), Sum(0.5, 0.25))\n\tvar b Box[string]\n\tb.Put("x")\n\tfmt.Printf("%v %T\\n", b.v, b)', ['fmt'], `
type Num interface{ ~int | ~float64 }
func Sum[T Num](xs ...T) T { var s T; for _, x := range xs { s += x }; return s }
type Box[T any] struct{ v T }
func (b *Box[T]) Put(v T) { b.v = v }`));
    expect(r.stdout).toBe('6 0.75\nx main.Box[string]\n');
  });

  it('keeps promoted methods of unnamed struct types inside one program (no leak into the next run)', () => {
    const first = goRun(prog('v := struct{ L }{L{"x"}}\n\tfmt.Println(v)', ['fmt'], 'type L struct{ s string }\nfunc (l L) String() string { return "L:" + l.s }'));
    expect(first.stdout).toBe('L:x\n');
    const second = goRun(prog('fmt.Println(struct{ A int }{1}, "plain")'));
    expect(second.stdout).toBe('{1} plain\n');
  });
});
