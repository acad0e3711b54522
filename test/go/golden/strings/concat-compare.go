package main

import "fmt"

func main() {
	a := "go"
	b := a + "lang"
	a += "!"
	fmt.Println(a, b, a < b, "abc" < "abd", "Z" < "a", "" < "a")
	s := ""
	for i := 0; i < 5; i++ {
		s += string(rune('a' + i))
	}
	fmt.Println(s, s[1:3], s[3:], s[:0] == "")
	c := `raw\n
string`
	fmt.Println(c, len(c))
}

// Output:
// go! golang true true true true
// abcde bc de true
// raw\n
// string 12
