package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  Hello, Gophers!  "
	fmt.Printf("%q\n", strings.TrimSpace(s))
	fmt.Println(strings.ToUpper("abc"), strings.ToLower("ABC"), strings.Title("x") == "X")
	fmt.Println(strings.Contains("seafood", "foo"), strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"))
	fmt.Println(strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"), strings.IndexByte("abc", 'c'))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.Fields("  a b  c "))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Repeat("ab", 3))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Printf("%q %q\n", strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"))
	fmt.Println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Compare("a", "b"))
}

// Output:
// "Hello, Gophers!"
// ABC abc true
// true true true
// 4 3 2
// ["a" "b" "" "c"]
// ["a" "b" "c"]
// x-y-z ababab
// oinky oinky oink moo moo
// 3 5
// "hi" "hixx"
// body a
// true -1
