package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "a\xffb\xc3"
	for i, r := range s {
		fmt.Println(i, r, r == utf8.RuneError)
	}
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s))
	fmt.Printf("%q %+q\n", s, "日本")
	fmt.Println([]rune(s))
	fmt.Println(string(rune(65)), string(rune(0x10FFFF+1)) == "\uFFFD")
}

// Output:
// 0 97 false
// 1 65533 true
// 2 98 false
// 3 65533 true
// 4 4 false
// "a\xffb\xc3" "\u65e5\u672c"
// [97 65533 98 65533]
// A true
