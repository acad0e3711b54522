import { describe, expect, it } from 'vitest';
import { formatDiagnostic, parseFiles } from '../../../src/go/syntax/index.ts';

/** Each expected list was recorded from `go build` with Go 1.23 on the same source (file renamed to main.go). */
const cases: { name: string; src: string; want: string[] }[] = [
  {
    name: "s1.go",
    src: "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\tif x == 1\n\t\treturn\n\t}\n\tfmt.Println(x\n}\n",
    want: [
      "main.go:8:3: syntax error: unexpected return, expected expression",
      "main.go:10:15: syntax error: unexpected newline in argument list; possibly missing comma or )"
    ],
  },
  {
    name: "s2.go",
    src: "package main\n\nx := 1\n\nfunc main() {\n\tfor i := 0; i < 3; i++ {\n\t\tfmt.Println(i))\n\t}\n}\n",
    want: [
      "main.go:3:1: syntax error: non-declaration statement outside function body",
      "main.go:7:17: syntax error: unexpected ) at end of statement"
    ],
  },
  {
    name: "s3.go",
    src: "package main\n\nfunc main() {\n\tvar out []int =\n\tfor {\n\t}\n}\n",
    want: [
      "main.go:5:2: syntax error: unexpected for, expected expression"
    ],
  },
  {
    name: "s4.go",
    src: "package main\n\nfunc f() (int, string {\n\treturn 1, \"a\"\n}\n\nfunc main()\n{\n}\n",
    want: [
      "main.go:3:23: syntax error: unexpected { in parameter list; possibly missing comma or )",
      "main.go:5:1: syntax error: unexpected } after top level declaration",
      "main.go:8:1: syntax error: unexpected semicolon or newline before {"
    ],
  },
  {
    name: "s5.go",
    src: "package main\n\nfunc main() {\n\tif x = 1 { }\n\ta := []int{1,2,3\n\t}\n\tb := map[string]int{\"a\": 1\n\t\"b\": 2}\n\tswitch {\n\tcase 1\n\t}\n\tgo func() {}\n\tdefer (f())\n}\n",
    want: [
      "main.go:4:7: syntax error: cannot use assignment x = 1 as value",
      "main.go:5:18: syntax error: unexpected newline in composite literal; possibly missing comma or }",
      "main.go:7:28: syntax error: unexpected newline in composite literal; possibly missing comma or }",
      "main.go:10:8: syntax error: unexpected newline, expected :",
      "main.go:13:8: expression in defer must not be parenthesized"
    ],
  },
  {
    name: "s6.go",
    src: "package main\n\nfunc main() {\n\tx := 1 +\n\ty := 2\n\tfor i := 0; i < 10; i := i + 1 {}\n\tif x := 1; { }\n\tc := <-chan int(nil)\n\tvar t struct { a int; b }\n\telse {}\n}\n",
    want: [
      "main.go:5:4: syntax error: unexpected := at end of statement",
      "main.go:6:24: syntax error: cannot declare in post statement of for loop",
      "main.go:7:11: syntax error: missing condition in if statement",
      "main.go:10:2: syntax error: unexpected else, expected }"
    ],
  },
  {
    name: "s7.go",
    src: "package main\n\nfunc main() {\n\ta(\n\tb(\n\tc(\n\td(\n\te(\n\tf(\n\tg(\n\th(\n\ti(\n\tj(\n\tk(\n\tl(\n}\n",
    want: [
      "main.go:16:1: syntax error: unexpected }, expected expression"
    ],
  },
  {
    name: "s8.go",
    src: "package main\nfunc main() {\n\tx := [3]int{1, 2, 3}\n\ty := x[1:2:]\n\tz := x[::]\n\tvar f func(a, b int, string)\n\ttype T[P any] struct{}\n\tfunc g() {}\n\ts := \"abc\" + 'x\n}\n",
    want: [
      "main.go:4:13: final index required in 3-index slice",
      "main.go:5:10: middle index required in 3-index slice",
      "main.go:5:11: final index required in 3-index slice",
      "main.go:6:23: syntax error: mixed named and unnamed parameters",
      "main.go:8:7: syntax error: unexpected name g, expected (",
      "main.go:9:2: syntax error: non-declaration statement outside function body",
      "main.go:9:17: newline in rune literal"
    ],
  },
  {
    name: "t2.go",
    src: "package main\n\nfunc main() {\n\ta := )\n\tb := ]\n\tvar c = 0x\n\td := 1e\n\te := \"\\q\"\n\tf := '\\400'\n\tg := @\n\th := 0b102\n\ti := `abc\n}\n",
    want: [
      "main.go:4:7: syntax error: unexpected ), expected expression",
      "main.go:5:7: syntax error: unexpected ], expected expression",
      "main.go:6:12: hexadecimal literal has no digits",
      "main.go:7:9: exponent has no digits",
      "main.go:8:9: unknown escape",
      "main.go:9:12: octal escape value 256 > 255",
      "main.go:10:7: invalid character U+0040 '@'",
      "main.go:11:4: syntax error: unexpected := at end of statement",
      "main.go:11:11: invalid digit '2' in binary literal",
      "main.go:12:7: string not terminated",
      "main.go:12:7: too many errors"
    ],
  },
  {
    name: "t3.go",
    src: "package main\n\nfunc f[T any, U](x T) {}\ntype S[T] struct{}\ntype L[P *C] []P\nfunc (x) m() {}\nfunc g(a int, ...string) {}\nfunc main() {\n\tvar ch chan<- <-chan int\n\tx.(type)\n\tfor i := range 10 {}\n\tm := map[string]int{}\n\tif v, ok := m[\"a\"]; ok {}\n\tL: for {}\n\tswitch t := x.(type) { default: }\n\tselect { case v := <-ch: default: }\n}\n",
    want: [
      "main.go:3:16: syntax error: missing type constraint",
      "main.go:7:15: syntax error: mixed named and unnamed parameters",
      "main.go:14:2: label L defined and not used"
    ],
  },
  {
    name: "t4.go",
    src: "package main\nimport \"fmt\"\nfunc main() {\n\tfmt.Println(\"hi\")\n}\nimport \"os\"\n",
    want: [
      "main.go:6:1: syntax error: imports must appear before other declarations"
    ],
  },
  {
    name: "t5.go",
    src: "notpackage main\n",
    want: [
      "main.go:1:1: expected 'package', found notpackage"
    ],
  },
  {
    name: "b1.go",
    src: "package main\n\nfunc main() {\n\tbreak\n\tfor {\n\t\tcontinue\n\t}\n\tcontinue\n\tswitch {\n\tcase true:\n\t\tfallthrough\n\tcase false:\n\t\tfallthrough\n\t}\n\tX:\n\tfor {\n\t\tbreak Y\n\t}\n\tZ:\n\tif true {\n\t\tbreak Z\n\t}\n}\n",
    want: [
      "main.go:4:2: break is not in a loop, switch, or select",
      "main.go:8:2: continue is not in a loop",
      "main.go:13:3: cannot fallthrough final case in switch",
      "main.go:15:2: label X defined and not used",
      "main.go:17:9: break label not defined: Y",
      "main.go:21:9: invalid break label Z"
    ],
  },
];

function diags(src: string): string[] {
  return parseFiles([{ name: 'main.go', text: src }]).diagnostics.map(formatDiagnostic);
}

describe('syntax errors match go build (Go 1.23)', () => {
  for (const c of cases) {
    it(`reports gc's syntax errors for ${c.name}`, () => {
      expect(diags(c.src)).toEqual(c.want);
    });
  }
});
