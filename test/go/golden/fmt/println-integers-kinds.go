package main

import "fmt"

func main() {
	var a int8 = -5
	var b uint16 = 65535
	var c int64 = -1 << 63
	var d uint64 = 1<<64 - 1
	var e uintptr = 10
	var f byte = 'A'
	var g rune = '世'
	fmt.Println(a, b, c, d, e, f, g)
	fmt.Printf("%d %x %c %q %U\n", g, g, g, g, g)
	fmt.Printf("%v %v\n", []byte("ab"), []rune("ab"))
	fmt.Printf("%s %q\n", []byte("bytes"), []byte("q"))
}

// Output:
// -5 65535 -9223372036854775808 18446744073709551615 10 65 19990
// 19990 4e16 世 '世' U+4E16
// [97 98] [97 98]
// bytes "q"
