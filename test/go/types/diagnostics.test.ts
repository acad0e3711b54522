import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/go/syntax/index.ts';
import { checkFiles } from '../../../src/go/types/index.ts';

/**
 * Each expected list was recorded from `go build` with Go 1.23 on the same source (file renamed to main.go).
 * gc prints positions inside multi-line messages as ./main.go; we print them relative like the first line.
 */
const cases: { name: string; src: string; want: string[] }[] = [
  {
    name: "c01.go",
    src: "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc f() (int, error) { return 0, nil }\nfunc g(a int, b string) {}\nfunc h() int { return 1 }\n\nfunc main() {\n\tx := f()\n\tvar unused int\n\tg(1)\n\tg(1, \"a\", 3)\n\tg(\"a\", \"b\")\n\ty := undefinedThing\n\tfmt.Println(x, y)\n}\n",
    want: [
      "main.go:5:2: \"os\" imported and not used",
      "main.go:13:7: assignment mismatch: 1 variable but f returns 2 values",
      "main.go:14:6: declared and not used: unused",
      "main.go:15:4: not enough arguments in call to g\n\thave (number)\n\twant (int, string)",
      "main.go:16:12: too many arguments in call to g\n\thave (number, string, number)\n\twant (int, string)",
      "main.go:17:4: cannot use \"a\" (untyped string constant) as int value in argument to g",
      "main.go:18:7: undefined: undefinedThing"
    ],
  },
  {
    name: "c02.go",
    src: "package main\n\nfunc f() int {\n\tfor {\n\t\tbreak\n\t}\n}\n\nfunc g(x int) (int, error) {\n\tif x > 0 {\n\t\treturn 1\n\t}\n\treturn 1, nil, 2\n}\n\nfunc k() int {\n\treturn 1, nil\n}\n\nfunc main() {\n\tx := 1\n\ty := \"a\"\n\t_ = x + y\n\tif x {\n\t}\n\tx\n\tx, y := 2, \"b\"\n\tdefer x\n\tgo 1\n\tvar i8 int8 = 300\n\t_ = i8\n}\n",
    want: [
      "main.go:7:1: missing return",
      "main.go:11:10: not enough return values\n\thave (number)\n\twant (int, error)",
      "main.go:13:17: too many return values\n\thave (number, nil, number)\n\twant (int, error)",
      "main.go:17:12: too many return values\n\thave (number, nil)\n\twant (int)",
      "main.go:23:6: invalid operation: x + y (mismatched types int and string)",
      "main.go:24:5: non-boolean condition in if statement",
      "main.go:26:2: x (variable of type int) is not used",
      "main.go:27:7: no new variables on left side of :=",
      "main.go:28:8: expression in defer must be function call",
      "main.go:29:5: expression in go must be function call",
      "main.go:29:5: too many errors"
    ],
  },
  {
    name: "c03.go",
    src: "package main\n\ntype T struct{}\n\nfunc (t *T) Close() error { return nil }\n\ntype E struct{}\n\nfunc (e *E) Error() string { return \"\" }\n\ntype S struct{}\n\nfunc main() {\n\tvar t *T\n\tt.close()\n\tvar v T\n\tv.Foo = 1\n\tvar err error = E{}\n\tvar err2 error = S{}\n\t_, _ = err, err2\n\tvar n int = \"hello\"\n\t_ = n\n}\n",
    want: [
      "main.go:15:4: t.close undefined (type *T has no field or method close, but does have method Close)",
      "main.go:17:4: v.Foo undefined (type T has no field or method Foo)",
      "main.go:18:18: cannot use E{} (value of type E) as error value in variable declaration: E does not implement error (method Error has pointer receiver)",
      "main.go:19:19: cannot use S{} (value of type S) as error value in variable declaration: S does not implement error (missing method Error)",
      "main.go:21:14: cannot use \"hello\" (untyped string constant) as int value in variable declaration"
    ],
  },
  {
    name: "c04.go",
    src: "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := []int{1}\n\ts.x = 1\n\tvar m map[string]int\n\tm.Len()\n\tfmt.Foo()\n\tvar a any = 1\n\ta.Bar()\n\tvar i interface{ M() }\n\ti.N()\n\tn := 5\n\tn.x()\n}\n",
    want: [
      "main.go:7:4: s.x undefined (type []int has no field or method x)",
      "main.go:9:4: m.Len undefined (type map[string]int has no field or method Len)",
      "main.go:10:6: undefined: fmt.Foo",
      "main.go:12:4: a.Bar undefined (type any has no field or method Bar)",
      "main.go:14:4: i.N undefined (type interface{M()} has no field or method N)",
      "main.go:16:4: n.x undefined (type int has no field or method x)"
    ],
  },
  {
    name: "c05.go",
    src: "package main\n\nfunc f(xs ...int) {}\n\nfunc main() {\n\tf(1, \"a\")\n\tf([]int{1}...)\n\tf([]string{}...)\n\tvar x int = nil\n\tvar p *int = 1\n\t_, _ = x, p\n\tvar s string = 'a'\n\t_ = s\n\tvar f float64 = \"x\"\n\t_ = f\n\tconst c int8 = 1000\n\tvar u uint = -1\n\t_ = u\n}\n",
    want: [
      "main.go:6:7: cannot use \"a\" (untyped string constant) as int value in argument to f",
      "main.go:8:4: cannot use []string{} (value of type []string) as []int value in argument to f",
      "main.go:9:14: cannot use nil as int value in variable declaration",
      "main.go:10:15: cannot use 1 (untyped int constant) as *int value in variable declaration",
      "main.go:12:17: cannot use 'a' (untyped rune constant 97) as string value in variable declaration",
      "main.go:14:18: cannot use \"x\" (untyped string constant) as float64 value in variable declaration",
      "main.go:16:17: cannot use 1000 (untyped int constant) as int8 value in constant declaration (overflows)",
      "main.go:17:15: cannot use -1 (untyped int constant) as uint value in variable declaration (overflows)"
    ],
  },
  {
    name: "c06.go",
    src: "package main\n\nimport \"fmt\"\n\ntype Shape interface {\n\tArea() float64\n\tPerimeter() float64\n}\n\ntype Sq struct{}\n\nfunc (s Sq) Area() float64 { return 1 }\n\ntype Ci struct{}\n\nfunc (c *Ci) Area() float64      { return 1 }\nfunc (c *Ci) Perimeter() float64 { return 1 }\n\nfunc show(s Shape) { fmt.Println(s) }\n\nfunc main() {\n\tshow(Sq{})\n\tshow(Ci{})\n\tvar x interface{} = 1\n\tn := x.(string)\n\tvar i int = 3\n\t_ = i.(int)\n\tswitch v := x.(type) {\n\tcase int:\n\t}\n\t_ = n\n}\n",
    want: [
      "main.go:22:7: cannot use Sq{} (value of type Sq) as Shape value in argument to show: Sq does not implement Shape (missing method Perimeter)",
      "main.go:23:7: cannot use Ci{} (value of type Ci) as Shape value in argument to show: Ci does not implement Shape (method Area has pointer receiver)",
      "main.go:27:6: invalid operation: i (variable of type int) is not an interface",
      "main.go:28:9: v declared and not used"
    ],
  },
  {
    name: "c07.go",
    src: "package main\n\nfunc main() {\n\tfor i := range 10 {\n\t\t_ = i\n\t}\n\tvar a [3]int\n\ta[5] = 1\n\ts := \"abc\"\n\ts[0] = 'x'\n\tvar m map[string]int\n\tm[1] = 2\n\tvar ch chan<- int\n\t<-ch\n\tvar rch <-chan int\n\trch <- 1\n\tclose(rch)\n\tx := 1\n\tx()\n\t_ = len(1)\n\t_ = append(1, 2)\n}\n",
    want: [
      "main.go:8:4: invalid argument: index 5 out of bounds [0:3]",
      "main.go:10:2: cannot assign to s[0] (neither addressable nor a map index expression)",
      "main.go:12:4: cannot use 1 (untyped int constant) as string value in map index",
      "main.go:14:4: invalid operation: cannot receive from send-only channel ch (variable of type chan<- int)",
      "main.go:16:2: invalid operation: cannot send to receive-only channel rch (variable of type <-chan int)",
      "main.go:17:8: invalid operation: cannot close receive-only channel rch (variable of type <-chan int)",
      "main.go:19:2: invalid operation: cannot call non-function x (variable of type int)",
      "main.go:20:10: invalid argument: 1 (untyped int constant) for built-in len",
      "main.go:21:13: first argument to append must be a slice; have 1 (untyped int constant)"
    ],
  },
  {
    name: "c08.go",
    src: "package main\n\nfunc Max[T int | string](a, b T) T {\n\tif a > b {\n\t\treturn a\n\t}\n\treturn b\n}\n\ntype Stack[T any] struct{ items []T }\n\nfunc (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }\n\nfunc Eq[T comparable](a, b T) bool { return a == b }\n\nfunc main() {\n\t_ = Max(1, 2)\n\t_ = Max(1.5, 2.5)\n\t_ = Max(1, \"a\")\n\tvar s Stack[int]\n\ts.Push(\"a\")\n\t_ = Eq([]int{}, []int{})\n\tvar f func()\n\t_ = Eq(f, f)\n}\n",
    want: [
      "main.go:18:9: float64 does not satisfy int | string (float64 missing in int | string)",
      "main.go:19:13: in call to Max, mismatched types untyped int and untyped string (cannot infer T)",
      "main.go:21:9: cannot use \"a\" (untyped string constant) as int value in argument to s.Push",
      "main.go:22:8: []int does not satisfy comparable",
      "main.go:24:8: func() does not satisfy comparable"
    ],
  },
  {
    name: "c10.go",
    src: "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\tx := 2\n\ta, b := 1\n\tvar c, d int = 1, 2, 3\n\te, f := 1, 2, 3\n\tfmt.Println(x, a, b, c, d, e, f)\n\tvar p *int\n\tp.x = 1\n\tfmt.Println(\"a\" * 2)\n\tvar s []int\n\t_ = s == s\n\tvar m map[int]int\n\t_ = m == m\n\t_ = 1 / 0\n\tvar i int\n\t_ = i / 0\n\tconst big = 1 << 100\n\t_ = big\n\tvar z int = big\n\t_ = z\n}\n",
    want: [
      "main.go:7:4: no new variables on left side of :=",
      "main.go:8:10: assignment mismatch: 2 variables but 1 value",
      "main.go:9:23: extra init expr 3",
      "main.go:10:10: assignment mismatch: 2 variables but 3 values",
      "main.go:13:4: p.x undefined (type *int has no field or method x)",
      "main.go:14:14: invalid operation: \"a\" * 2 (mismatched types untyped string and untyped int)",
      "main.go:16:6: invalid operation: s == s (slice can only be compared to nil)",
      "main.go:18:6: invalid operation: m == m (map can only be compared to nil)",
      "main.go:19:10: invalid operation: division by zero",
      "main.go:21:10: invalid operation: division by zero",
      "main.go:21:10: too many errors"
    ],
  },
  {
    name: "d01.go",
    src: "package main\n\nimport \"fmt\"\n\nconst big = 300\n\ntype Base struct{ ID int }\n\nfunc (b *Base) Hello() string { return \"hi\" }\n\ntype User struct {\n\tBase\n\tName string\n}\n\nfunc main() {\n\tvar i8 int8 = big\n\tu := User{}\n\tfmt.Println(u.ID, u.Hello(), u.Base.ID)\n\tfmt.Println(u.Nam)\n\tvar x int = 1.5\n\tf := 2.5\n\tvar n int = f\n\t_, _, _ = i8, x, n\n\tvar s []int\n\ts.Append(1)\n}\n",
    want: [
      "main.go:17:16: cannot use big (untyped int constant 300) as int8 value in variable declaration (overflows)",
      "main.go:20:16: u.Nam undefined (type User has no field or method Nam)",
      "main.go:21:14: cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)",
      "main.go:23:14: cannot use f (variable of type float64) as int value in variable declaration",
      "main.go:26:4: s.Append undefined (type []int has no field or method Append)"
    ],
  },
  {
    name: "d02.go",
    src: "package main\n\nimport \"fmt\"\n\nfunc pair() (int, string) { return 1, \"a\" }\n\nfunc main() {\n\ta, b, c := pair()\n\tfmt.Println(a, b, c)\n\tvar m map[string]int\n\tv, ok := m[\"x\"]\n\tfmt.Println(v, ok)\n\tvar x any = 1\n\ts, ok2 := x.(string)\n\tfmt.Println(s, ok2)\n\tch := make(chan int)\n\tw, ok3 := <-ch\n\tfmt.Println(w, ok3)\n\tfmt.Println(pair())\n\ty := pair\n\tfmt.Println(y)\n\tlen := 3\n\tfmt.Println(len)\n\tfor i := 0; i < 3; i++ {\n\t\tgo func() { fmt.Println(i) }()\n\t}\n\treturn 1\n}\n",
    want: [
      "main.go:8:13: assignment mismatch: 3 variables but pair returns 2 values",
      "main.go:27:9: too many return values\n\thave (number)\n\twant ()"
    ],
  },
  {
    name: "d03.go",
    src: "package main\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n\tstr \"strings\"\n)\n\ntype MyErr struct{}\n\nfunc (e MyErr) Error() string { return \"x\" }\n\nfunc get() error {\n\tvar e *MyErr\n\treturn e\n}\n\nfunc main() {\n\terr := get()\n\tvar me MyErr\n\tif errors.As(err, &me) {\n\t\tfmt.Println(\"as\")\n\t}\n\tvar x int\n\tx = \"s\"\n\tfmt.Println(x)\n\tfmt.Printf(\"%d\\n\")\n\tvar p *MyErr = &MyErr{}\n\tvar e error = p\n\t_ = e\n\tfor {\n\t}\n\tfmt.Println(\"unreachable\")\n}\n",
    want: [
      "main.go:6:2: \"strings\" imported as str and not used",
      "main.go:25:6: cannot use \"s\" (untyped string constant) as int value in assignment"
    ],
  },
  {
    name: "d04.go",
    src: "package main\n\nimport \"fmt\"\n\ntype Number interface {\n\t~int | ~int64 | ~float64\n}\n\nfunc Sum[T Number](xs []T) T {\n\tvar s T\n\tfor _, x := range xs {\n\t\ts += x\n\t}\n\treturn s\n}\n\ntype MyInt int\n\nfunc Map[T, U any](xs []T, f func(T) U) []U {\n\tout := make([]U, 0, len(xs))\n\tfor _, x := range xs {\n\t\tout = append(out, f(x))\n\t}\n\treturn out\n}\n\ntype List[T any] struct {\n\titems []T\n}\n\nfunc (l *List[T]) Add(x T)   { l.items = append(l.items, x) }\nfunc (l *List[T]) Len() int { return len(l.items) }\n\nfunc main() {\n\tfmt.Println(Sum([]int{1, 2}), Sum([]MyInt{3}), Sum([]float64{1.5}))\n\tfmt.Println(Map([]int{1, 2}, func(i int) string { return fmt.Sprint(i) }))\n\tvar l List[string]\n\tl.Add(\"a\")\n\tfmt.Println(l.Len())\n\tfmt.Println(Sum([]string{\"a\"}))\n\tvar q List\n\t_ = q\n\tfmt.Println(Map[int]([]int{1}, func(i int) int { return i }))\n}\n",
    want: [
      "main.go:40:17: string does not satisfy Number (string missing in ~int | ~int64 | ~float64)",
      "main.go:41:8: cannot use generic type List[T any] without instantiation"
    ],
  },
  {
    name: "d05.go",
    src: "package main\n\nimport \"fmt\"\n\ntype Animal interface {\n\tSound() string\n}\n\ntype Dog struct{}\n\nfunc (Dog) Sound() string { return \"woof\" }\n\ntype Cat struct{}\n\nfunc (c *Cat) Sound() string { return \"meow\" }\n\nfunc main() {\n\tanimals := []Animal{Dog{}, &Cat{}, Cat{}}\n\tfor _, a := range animals {\n\t\tswitch v := a.(type) {\n\t\tcase Dog:\n\t\t\tfmt.Println(\"dog\", v)\n\t\tcase *Cat:\n\t\t\tfmt.Println(\"cat\", v)\n\t\tcase string:\n\t\t\tfmt.Println(v)\n\t\t}\n\t}\n\tvar d Dog\n\tvar a Animal = d\n\tc := a.(Cat)\n\t_ = c\n\tf := d.Sound\n\tfmt.Println(f())\n\tg := (*Cat).Sound\n\tfmt.Println(g(&Cat{}))\n\th := Cat.Sound\n\t_ = h\n}\n",
    want: [
      "main.go:18:37: cannot use Cat{} (value of type Cat) as Animal value in array or slice literal: Cat does not implement Animal (method Sound has pointer receiver)",
      "main.go:25:8: impossible type switch case: string\n\ta (variable of type Animal) cannot have dynamic type string (missing method Sound)",
      "main.go:31:7: impossible type assertion: a.(Cat)\n\tCat does not implement Animal (method Sound has pointer receiver)",
      "main.go:37:11: invalid method expression Cat.Sound (needs pointer receiver (*Cat).Sound)"
    ],
  },
  {
    name: "d06.go",
    src: "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 5\n\tx++\n\ts := \"a\"\n\ts++\n\tvar b bool\n\tb = !x\n\ty := -s\n\tfmt.Println(x, s, b, y)\n\tvar arr [3]int\n\tfor i, v := range arr {\n\t\tfmt.Println(i, v)\n\t}\n\tfor i, v := range 10 {\n\t\tfmt.Println(i, v)\n\t}\n\tvar ch chan int\n\tfor a, b := range ch {\n\t\tfmt.Println(a, b)\n\t}\n\tfor k := range 3.5 {\n\t\tfmt.Println(k)\n\t}\n\tconst c = 10\n\tc = 5\n\tfmt.Println(1 << 70)\n\tvar u8 uint8 = 255 + 1\n\t_ = u8\n}\n",
    want: [
      "main.go:9:2: invalid operation: s++ (non-numeric type string)",
      "main.go:11:7: invalid operation: operator ! not defined on x (variable of type int)",
      "main.go:12:8: invalid operation: operator - not defined on s (variable of type string)",
      "main.go:18:9: range over 10 (untyped int constant) permits only one iteration variable",
      "main.go:22:9: range over ch (variable of type chan int) permits only one iteration variable",
      "main.go:25:17: cannot range over 3.5 (untyped float constant)",
      "main.go:29:2: cannot assign to c (neither addressable nor a map index expression)",
      "main.go:30:14: cannot use 1 << 70 (untyped int constant 1180591620717411303424) as int value in argument to fmt.Println (overflows)",
      "main.go:31:17: cannot use 255 + 1 (untyped int constant 256) as uint8 value in variable declaration (overflows)"
    ],
  },
  {
    name: "d07.go",
    src: "package main\n\nimport \"fmt\"\n\ntype T struct {\n\ta int\n}\n\nfunc (t T) M() {}\nfunc (t *T) M() {}\n\nfunc f(x int) int {\n\tif x > 0 {\n\t\treturn 1\n\t} else {\n\t\treturn 2\n\t}\n}\n\nfunc g(x int) int {\n\tswitch x {\n\tcase 1:\n\t\treturn 1\n\t}\n}\n\nfunc h(x int) int {\n\tswitch {\n\tcase x > 1:\n\t\treturn 1\n\tdefault:\n\t\tpanic(\"no\")\n\t}\n}\n\nfunc k() int {\n\tfor {\n\t\tselect {}\n\t}\n}\n\nfunc main() {\n\tfmt.Println(T{a: 1, b: 2}, T{1, 2}, T{})\n\tfmt.Println(f(1), g(1), h(1), k())\n\tm := map[string]int{\"a\": 1, \"a\": 2}\n\t_ = m\n\tsl := []int{0: 1, 0: 2}\n\t_ = sl\n\tvar arr = [2]int{1, 2, 3}\n\t_ = arr\n}\n",
    want: [
      "main.go:10:13: method T.M already declared at main.go:9:12",
      "main.go:25:1: missing return",
      "main.go:43:22: unknown field b in struct literal of type T",
      "main.go:43:34: too many values in struct literal of type T",
      "main.go:45:30: duplicate key \"a\" in map literal",
      "main.go:47:20: duplicate index 0 in array or slice literal",
      "main.go:49:25: index 2 is out of bounds (>= 2)"
    ],
  },
  {
    name: "d08.go",
    src: "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n\t\"context\"\n)\n\nfunc main() {\n\tctx, cancel := context.WithTimeout(context.Background(), time.Second)\n\tdefer cancel()\n\td := 2 * time.Second\n\tvar n int = 3\n\td2 := n * time.Second\n\td3 := time.Duration(n) * time.Second\n\tfmt.Println(ctx, d, d2, d3)\n\tselect {\n\tcase <-ctx.Done():\n\tcase <-time.After(d):\n\tdefault:\n\t}\n\tt := time.Now()\n\tfmt.Println(time.Since(t) > 0)\n\tvar x float64 = 1\n\ty := x % 2\n\tfmt.Println(y)\n\tfmt.Println(min(1, 2.5), max(\"a\", \"b\"), min(1, \"a\"))\n}\n",
    want: [
      "main.go:14:8: invalid operation: n * time.Second (mismatched types int and time.Duration)",
      "main.go:25:7: invalid operation: operator % not defined on x (variable of type float64)",
      "main.go:27:49: invalid argument: mismatched types untyped int (previous argument) and untyped string (type of \"a\")"
    ],
  },
  {
    name: "e01.go",
    src: "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\ntype Counter struct {\n\tmu sync.Mutex\n\tn  int\n}\n\nfunc (c Counter) Inc() { c.n++ }\n\nfunc work(wg sync.WaitGroup) { wg.Done() }\n\nfunc main() {\n\tvar c Counter\n\tc.Inc()\n\tvar wg sync.WaitGroup\n\twg.Add(1)\n\tgo work(wg)\n\twg.Wait()\n\tfmt.Println(c.n)\n\tresult, err := compute()\n\tfmt.Println(result)\n}\n\nfunc compute() (n int, err error) {\n\tif n := 3; n > 0 {\n\t\treturn\n\t}\n\treturn 0\n}\n",
    want: [
      "main.go:25:10: declared and not used: err",
      "main.go:31:3: result parameter n not in scope at return\n\tmain.go:30:5: inner declaration of var n int",
      "main.go:33:9: not enough return values\n\thave (number)\n\twant (int, error)"
    ],
  },
  {
    name: "e02.go",
    src: "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\t{\n\t\tx := 2\n\t\ty := 3\n\t}\n\tfmt.Println(x)\n\tf := func() int {\n\t\tz := 1\n\t\treturn 2\n\t}\n\tfmt.Println(f())\n\tvar unused1, unused2 int\n\ta, b := 1, 2\n\t_ = a\n}\n",
    want: [
      "main.go:8:3: declared and not used: x",
      "main.go:9:3: declared and not used: y",
      "main.go:13:3: declared and not used: z",
      "main.go:17:6: declared and not used: unused1",
      "main.go:17:15: declared and not used: unused2",
      "main.go:18:5: declared and not used: b"
    ],
  },
  {
    name: "e03.go",
    src: "package main\n\nimport \"fmt\"\n\ntype Point struct{ X, Y int }\n\nfunc (p Point) String() string { return fmt.Sprintf(\"(%d,%d)\", p.X, p.Y) }\n\nfunc main() {\n\tpts := []Point{{1, 2}, {3, 4}}\n\tptrs := []*Point{{5, 6}}\n\tm := map[Point]string{{1, 2}: \"a\"}\n\tfmt.Println(pts, ptrs, m)\n\tvar s fmt.Stringer = Point{}\n\tfmt.Println(s.String())\n\tp := &pts[0]\n\tp.X = 10\n\tfmt.Println(p.String())\n\tarr := [...]int{1, 2, 3}\n\tfmt.Println(len(arr), arr[1:], cap(arr))\n\tvar q *Point\n\tfmt.Println(q.X)\n\tfmt.Println(Point{1, 2} == Point{1, 2})\n\ttype local struct{ a []int }\n\tfmt.Println(local{} == local{})\n}\n",
    want: [
      "main.go:25:14: invalid operation: local{} == local{} (struct containing []int cannot be compared)"
    ],
  },
  {
    name: "e04.go",
    src: "package main\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n\t\"os\"\n\t\"strconv\"\n)\n\nvar ErrNotFound = errors.New(\"not found\")\n\ntype QueryError struct {\n\tQuery string\n\tErr   error\n}\n\nfunc (e *QueryError) Error() string { return e.Query + \": \" + e.Err.Error() }\nfunc (e *QueryError) Unwrap() error { return e.Err }\n\nfunc main() {\n\terr := fmt.Errorf(\"wrap: %w\", &QueryError{\"q\", ErrNotFound})\n\tvar qe *QueryError\n\tif errors.As(err, &qe) {\n\t\tfmt.Println(qe.Query)\n\t}\n\tif errors.Is(err, ErrNotFound) {\n\t\tfmt.Fprintln(os.Stderr, \"nf\")\n\t}\n\tn, err := strconv.Atoi(\"12\")\n\tfmt.Println(n + \"1\")\n\tvar i interface{ Error() string } = qe\n\tfmt.Println(i)\n\tos.Exit(\"1\")\n}\n",
    want: [
      "main.go:30:14: invalid operation: n + \"1\" (mismatched types int and untyped string)",
      "main.go:33:10: cannot use \"1\" (untyped string constant) as int value in argument to os.Exit"
    ],
  },
  {
    name: "e05.go",
    src: "package main\n\nfunc f(a int, b ...string) {}\n\nfunc main() {\n\tf()\n\tf(1, \"a\", \"b\")\n\tf(1, []string{\"a\"}...)\n\tf(1, \"a\", []string{\"b\"}...)\n\tvar xs []any\n\tprintln(xs...)\n\tg := func(x int) {}\n\tg()\n\tg(1, 2)\n\tvar m map[string]int\n\tdelete(m)\n\t_ = make([]int)\n\t_ = make(map[string]int, 1, 2)\n\t_ = new(1)\n\tcopy(1, 2)\n}\n",
    want: [
      "main.go:6:2: not enough arguments in call to f\n\thave ()\n\twant (int, ...string)",
      "main.go:9:12: too many arguments in call to f\n\thave (number, string, []string)\n\twant (int, ...string)",
      "main.go:11:2: invalid operation: invalid use of ... with built-in println",
      "main.go:13:2: not enough arguments in call to g\n\thave ()\n\twant (int)",
      "main.go:14:7: too many arguments in call to g\n\thave (number, number)\n\twant (int)",
      "main.go:16:2: invalid operation: not enough arguments for delete(m) (expected 2, found 1)",
      "main.go:17:6: invalid operation: make([]int) expects 2 or 3 arguments; found 1",
      "main.go:18:6: invalid operation: make(map[string]int, 1, 2) expects 1 or 2 arguments; found 3",
      "main.go:19:10: 1 is not a type",
      "main.go:20:7: invalid argument: copy expects slice arguments; found 1 (untyped int constant) and 2 (untyped int constant)",
      "main.go:20:7: too many errors"
    ],
  },
  {
    name: "f01.go",
    src: "package main\n\nvar a = b\nvar b = a\n\nfunc main() {}\n",
    want: [
      "main.go:3:5: initialization cycle for a\n\tmain.go:3:5: a refers to\n\tmain.go:4:5: b refers to\n\tmain.go:3:5: a"
    ],
  },
  {
    name: "f02.go",
    src: "package main\n\nvar x = f()\n\nfunc f() int { return x }\n\nconst c = d\nconst d = c\n\nfunc main() {}\n",
    want: [
      "main.go:3:5: initialization cycle for x\n\tmain.go:3:5: x refers to\n\tmain.go:5:6: f refers to\n\tmain.go:3:5: x",
      "main.go:7:7: initialization cycle for c\n\tmain.go:7:7: c refers to\n\tmain.go:8:7: d refers to\n\tmain.go:7:7: c"
    ],
  },
  {
    name: "f03.go",
    src: "package main\n\nfunc main() {\n\ttype L[T any] struct{ x T }\n\tvar l L[int]\n\t_ = l\n}\n",
    want: [    ],
  },
  {
    name: "f04.go",
    src: "package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\ntype Named interface{ Name() string }\n\ntype Person struct{ first, last string }\n\nfunc (p Person) Name() string { return p.first + \" \" + p.last }\n\nfunc Names[T Named](xs []T) []string {\n\tout := []string{}\n\tfor _, x := range xs {\n\t\tout = append(out, x.Name())\n\t}\n\treturn out\n}\n\nfunc Keys[K comparable, V any](m map[K]V) []K {\n\tkeys := make([]K, 0, len(m))\n\tfor k := range m {\n\t\tkeys = append(keys, k)\n\t}\n\treturn keys\n}\n\nfunc main() {\n\tfmt.Println(strings.Join(Names([]Person{{\"a\", \"b\"}}), \",\"))\n\tfmt.Println(len(Keys(map[string]int{\"x\": 1})))\n\tfmt.Println(Names([]int{1}))\n\tfmt.Println(Keys[int, string](nil), Keys(nil))\n}\n",
    want: [
      "main.go:33:19: in call to Names, T (type int) does not satisfy Named (missing method Name)",
      "main.go:34:42: in call to Keys, cannot infer K (main.go:22:11)"
    ],
  },
  {
    name: "f05.go",
    src: "package main\n\nimport \"fmt\"\n\ntype Logger struct{ prefix string }\n\nfunc (l *Logger) Log(s string) { fmt.Println(l.prefix + s) }\n\ntype Service struct {\n\t*Logger\n\tname string\n}\n\ntype Store interface {\n\tGet(key string) (string, error)\n\tPut(key, value string) error\n}\n\ntype mem struct{ m map[string]string }\n\nfunc (s *mem) Get(key string) (string, error) { return s.m[key], nil }\nfunc (s *mem) Put(key, value string) error    { s.m[key] = value; return nil }\n\nfunc main() {\n\ts := Service{&Logger{\"> \"}, \"svc\"}\n\ts.Log(\"start\")\n\tvar st Store = &mem{m: map[string]string{}}\n\tst.Put(\"a\", \"b\")\n\tv, _ := st.Get(\"a\")\n\tfmt.Println(v)\n\tvar st2 Store = mem{}\n\tlog := s.Log\n\tlog(\"x\")\n\tfmt.Println(st2, s.prefix, s.Logger.prefix)\n\tvar i interface{ Get(string) string } = &mem{}\n\t_ = i\n}\n",
    want: [
      "main.go:31:18: cannot use mem{} (value of type mem) as Store value in variable declaration: mem does not implement Store (method Get has pointer receiver)",
      "main.go:35:42: cannot use &mem{} (value of type *mem) as interface{Get(string) string} value in variable declaration: *mem does not implement interface{Get(string) string} (wrong type for method Get)\n\t\thave Get(string) (string, error)\n\t\twant Get(string) string"
    ],
  },
  {
    name: "f06.go",
    src: "package main\n\nconst (\n\tok = byte(iota + 253)\n\tbad\n\tbarn\n\tbard\n)\n\nconst (\n\tc = len([1 - iota]int{})\n\td\n\te\n)\n\nfunc f2ddd(a, b int, c ...int) {}\n\nfunc main() {\n\tf2ddd(1)\n\tx := 1_000__0\n\t_ = x\n}\n",
    want: [
      "main.go:7:2: constant 256 overflows byte",
      "main.go:13:2: invalid array length 1 - iota (untyped int constant -1)",
      "main.go:19:8: not enough arguments in call to f2ddd\n\thave (number)\n\twant (int, int, ...int)",
      "main.go:20:13: '_' must separate successive digits"
    ],
  },
  {
    name: "f07.go",
    src: "package main\n\nfunc f() (int, error) { return 0, nil }\n\nvar g int = f()\n\nfunc main() {\n\tvar x int = f()\n\tvar s string = len(\"a\")\n\t_, _, _ = x, s, g\n}\n",
    want: [
      "main.go:5:13: multiple-value f() (value of type (int, error)) in single-value context",
      "main.go:8:14: multiple-value f() (value of type (int, error)) in single-value context",
      "main.go:9:17: cannot use len(\"a\") (constant 1 of type int) as string value in variable declaration"
    ],
  },
  {
    name: "g01.go",
    src: "package main\n\nimport \"fmt\"\n\ntype P struct{ X int }\n\nfunc (p *P) Move() {}\n\nfunc main() {\n\ts := []int{}\n\tappend(s, 1)\n\tfmt.Sprintf(\"x\")\n\tm := map[string]P{}\n\tm[\"a\"].X = 1\n\tm[\"a\"].Move()\n\t_ = &m[\"a\"]\n\tvar i interface{} = s\n\t_ = i == s\n\tch := make(chan int)\n\tch <- \"x\"\n\tv := <-ch + \"a\"\n\t_ = v\n\tlen(s)\n\tP{}.Move()\n}\n",
    want: [
      "main.go:11:2: append(s, 1) (value of type []int) is not used",
      "main.go:14:2: cannot assign to struct field m[\"a\"].X in map",
      "main.go:15:9: cannot call pointer method Move on P",
      "main.go:16:7: invalid operation: cannot take address of m[\"a\"] (map index expression of type P)",
      "main.go:18:11: invalid operation: i == s (slice can only be compared to nil)",
      "main.go:20:8: cannot use \"x\" (untyped string constant) as int value in send",
      "main.go:21:7: invalid operation: <-ch + \"a\" (mismatched types int and untyped string)",
      "main.go:23:2: len(s) (value of type int) is not used",
      "main.go:24:6: cannot call pointer method Move on P"
    ],
  },
  {
    name: "g02.go",
    src: "package main\n\nimport \"fmt\"\n\ntype A struct{ Name string }\ntype B struct{ Name string }\ntype C struct {\n\tA\n\tB\n}\n\ntype Reader interface{ Read() string }\ntype Writer interface{ Write(s string) }\ntype RW interface {\n\tReader\n\tWriter\n}\n\ntype file struct{}\n\nfunc (file) Read() string { return \"\" }\n\nfunc main() {\n\tvar c C\n\tfmt.Println(c.Name)\n\tvar rw RW = file{}\n\t_ = rw\n\tvar r Reader = file{}\n\tw := r.(Writer)\n\t_ = w\n\tconst x int8 = 100\n\tfmt.Println(x * 2)\n\tvar s string = \"abc\"\n\ts[1] = 'x'\n\tb := []byte(s)\n\tr2 := []rune(s)\n\tfmt.Println(string(b), string(r2), string(65))\n\tvar f float64 = 3\n\tfmt.Println(f << 1)\n}\n",
    want: [
      "main.go:25:16: ambiguous selector c.Name",
      "main.go:26:14: cannot use file{} (value of type file) as RW value in variable declaration: file does not implement RW (missing method Write)",
      "main.go:32:14: x * 2 (constant 200 of type int8) overflows int8",
      "main.go:34:2: cannot assign to s[1] (neither addressable nor a map index expression)",
      "main.go:39:14: invalid operation: shifted operand f (variable of type float64) must be integer"
    ],
  },
  {
    name: "g03.go",
    src: "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc producer(out chan<- int) {\n\tfor i := 0; i < 3; i++ {\n\t\tout <- i\n\t}\n\tclose(out)\n\tx := <-out\n\t_ = x\n}\n\nfunc main() {\n\tch := make(chan int, 1)\n\tgo producer(ch)\n\tfor v := range ch {\n\t\tfmt.Println(v)\n\t}\n\ttimeout := time.After(time.Second)\n\tselect {\n\tcase v := <-ch:\n\t\tfmt.Println(v)\n\tcase timeout:\n\t}\n\tvar done chan struct{}\n\tdone <- struct{}{}\n\tt := time.NewTimer(time.Second)\n\tt.C <- time.Now()\n\tfmt.Println(time.Second * time.Second, time.Second * 2.5)\n}\n",
    want: [
      "main.go:13:9: invalid operation: cannot receive from send-only channel out (variable of type chan<- int)",
      "main.go:23:2: declared and not used: timeout",
      "main.go:27:7: select case must be send or receive (possibly with assignment)",
      "main.go:32:2: invalid operation: cannot send to receive-only channel t.C (variable of type <-chan time.Time)",
      "main.go:33:55: 2.5 (untyped float constant) truncated to int64"
    ],
  },
  {
    name: "h01.go",
    src: "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := []int{1, 2, 3}\n\tfor i, v = range x {\n\t\tfmt.Println(i, v)\n\t}\n\tif x[0] == 1 { fmt.Println(\"a\") } else if { }\n\tvar y int = \n}\n",
    want: [
      "main.go:10:44: syntax error: missing condition in if statement",
      "main.go:12:1: syntax error: unexpected }, expected expression"
    ],
  },
  {
    name: "h02.go",
    src: "package main\n\nfunc main() {\n\tf := func(a int) int { return a }\n\tf(1,)\n\tg := func(a, b int, ) {}\n\tswitch x := 3; x {\n\tcase 1, 2,:\n\t}\n\tm := map[string]int{\n\t\t\"a\": 1,\n\t\t\"b\": 2\n\t}\n}\n",
    want: [
      "main.go:8:12: syntax error: unexpected :, expected expression",
      "main.go:9:2: syntax error: unexpected }, expected :",
      "main.go:12:9: syntax error: unexpected newline in composite literal; possibly missing comma or }"
    ],
  },
  {
    name: "h03.go",
    src: "package main\n\ntype T struct {\n\ta int,\n\tb string\n}\n\nfunc (t T) String() string {\n\treturn fmt.Sprintf(\"%d\", t.a\n}\n",
    want: [
      "main.go:4:7: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }",
      "main.go:9:30: syntax error: unexpected newline in argument list; possibly missing comma or )"
    ],
  },
  {
    name: "h04.go",
    src: "package main\n\nfunc main() {\n\tvar a [3]int\n\ta[1:2:3] = nil\n\tx := .5\n\ty := 0x1p-2\n\tz := 1__0\n\tw := 0b2\n\ts := \"abc\\x\"\n\t_ = []int{1,2,3}[1:]\n\tgo func() {}\n\tdefer recover()\n}\n",
    want: [
      "main.go:5:3: cannot assign to a[1:2:3] (neither addressable nor a map index expression)",
      "main.go:6:2: declared and not used: x",
      "main.go:7:2: declared and not used: y",
      "main.go:8:2: declared and not used: z",
      "main.go:8:9: '_' must separate successive digits",
      "main.go:9:2: declared and not used: w",
      "main.go:9:9: invalid digit '2' in binary literal",
      "main.go:10:2: declared and not used: s",
      "main.go:10:13: invalid character '\"' in hexadecimal escape",
      "main.go:12:5: expression in go must be function call",
      "main.go:10:2: too many errors"
    ],
  },
  {
    name: "h05.go",
    src: "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hi\")\n}\n\nfunc helper() {\n\treturn\n}}\n",
    want: [
      "main.go:11:2: syntax error: unexpected } after top level declaration"
    ],
  },
  {
    name: "k01.go",
    src: "package main\n\nimport \"fmt\"\n\nfunc Add[T any](a, b T) T { return a + b }\n\nfunc Print[T fmt.Stringer](x T) { fmt.Println(x.String()) }\n\ntype Pair[K comparable, V any] struct {\n\tKey K\n\tVal V\n}\n\nfunc Zero[T any]() T {\n\tvar z T\n\treturn z\n}\n\nfunc main() {\n\t_ = Add(1, 2)\n\tPrint(3)\n\tvar p Pair[string]\n\t_ = p\n\tvar q Pair[string, int, bool]\n\t_ = q\n\t_ = Zero()\n\t_ = Zero[int, string]()\n\tvar m map[[]int]string\n\t_ = m\n}\n",
    want: [
      "main.go:5:36: invalid operation: operator + not defined on a (variable of type T constrained by any)",
      "main.go:21:7: int does not satisfy fmt.Stringer (missing method String)",
      "main.go:22:8: not enough type arguments for type Pair: have 1, want 2",
      "main.go:24:8: too many type arguments for type Pair: have 3, want 2",
      "main.go:26:10: in call to Zero, cannot infer T (main.go:14:11)",
      "main.go:27:16: got 2 type arguments but want 1",
      "main.go:28:12: invalid map key type []int"
    ],
  },
  {
    name: "k02.go",
    src: "package main\n\ntype Number interface {\n\tint | float64\n}\n\nfunc Sum[T Number](xs ...T) T {\n\tvar s T\n\tfor _, x := range xs {\n\t\ts += x\n\t}\n\treturn s\n}\n\ntype S[T any] struct{ v T }\n\nfunc (s S[T]) Get() T { return s.v }\n\nfunc (s S[T]) Map[U any](f func(T) U) U { return f(s.v) }\n\nfunc main() {\n\tvar n Number\n\t_ = n\n\t_ = Sum(1, 2.5)\n\t_ = Sum[string](\"a\")\n\tx := S[int]{v: 1}\n\tvar y string = x.Get()\n\t_ = y\n}\n",
    want: [
      "main.go:19:18: syntax error: method must have no type parameters"
    ],
  },
  {
    name: "k03.go",
    src: "package main\n\ntype Number interface {\n\tint | float64\n}\n\nfunc Sum[T Number](xs ...T) T {\n\tvar s T\n\tfor _, x := range xs {\n\t\ts += x\n\t}\n\treturn s\n}\n\ntype S[T any] struct{ v T }\n\nfunc (s S[T]) Get() T { return s.v }\n\n\nfunc main() {\n\tvar n Number\n\t_ = n\n\t_ = Sum(1, 2.5)\n\t_ = Sum[string](\"a\")\n\tx := S[int]{v: 1}\n\tvar y string = x.Get()\n\t_ = y\n}\n",
    want: [
      "main.go:21:8: cannot use type Number outside a type constraint: interface contains type constraints",
      "main.go:24:10: string does not satisfy Number (string missing in int | float64)",
      "main.go:26:17: cannot use x.Get() (value of type int) as string value in variable declaration"
    ],
  },
  {
    name: "k04.go",
    src: "package main\n\ntype T[P any] struct{ x *T[[]P] }\n\nfunc main() {\n\tvar t T[int]\n\t_ = t\n}\n",
    want: [
      "main.go:3:8: instantiation cycle:\n\tmain.go:3:28: P instantiated as []P"
    ],
  },
];

function diags(src: string): string[] {
  return checkFiles([{ name: 'main.go', text: src }]).diagnostics.map(formatDiagnostic);
}

describe('type errors match go build (Go 1.23)', () => {
  for (const c of cases) {
    it(`reports types2's diagnostics for ${c.name}`, () => {
      expect(diags(c.src)).toEqual(c.want.map((w) => w.replace(/\.\/main\.go/g, 'main.go')));
    });
  }
});
