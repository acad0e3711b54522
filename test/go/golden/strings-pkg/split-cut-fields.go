package main

import (
	"fmt"
	"strings"
)

func main() {
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	_, _, found = strings.Cut("novalue", "=")
	fmt.Println(found)
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b2c3", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		return r
	}, "banana"))
	fmt.Println(strings.ContainsRune("abc", 'b'), strings.ContainsAny("hello", "xyz"), strings.IndexAny("golang", "ny"))
	fmt.Println(strings.NewReplacer("<", "&lt;", ">", "&gt;").Replace("<b>hi</b>"))
}

// Output:
// key value=x true
// false
// ["a" "b,c,d"]
// ["a," "b," "c"]
// ["a" "b" "c"]
// bAnAnA
// true false 4
// &lt;b&gt;hi&lt;/b&gt;
