package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "str")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%z\n", 3.5)
	fmt.Printf("%!\n")
	fmt.Printf("no verbs\n", "extra", 3)
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%[3]d\n", 1)
	fmt.Printf("%*d|%-*d|\n", 4, 7, 4, 7)
	fmt.Printf("%.*f\n", 2, 3.14159)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%x %X\n", []byte("hi"), "hi")
	fmt.Printf("%d\n", nil)
	fmt.Printf("%s\n", nil)
	fmt.Printf("%v %d\n", []any{1, "a", nil}, []any{1, "a"})
}

// Output:
// %!d(string=str)
// %!s(int=42)
// 1 %!d(MISSING)
// 1
// %!(EXTRA int=2)%!z(float64=3.5)
// %!!(MISSING)
// no verbs
// %!(EXTRA string=extra, int=3)2 1
// %!d(BADINDEX)
//    7|7   |
// 3.14
// %!t(int=1)
// 6869 6869
// %!d(<nil>)
// %!s(<nil>)
// [1 a <nil>] [1 %!d(string=a)]
