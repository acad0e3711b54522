package main

import "fmt"

func main() {
	fmt.Printf("[%5s][%-5s][%5.1s]\n", "日本", "日本", "日本")
	fmt.Printf("[%5q][%-8q]\n", 'x', "é")
	fmt.Printf("[%6.2f][%-6.1e][%+6d]\n", -1.005, 123.456, 0)
	fmt.Printf("[%v][%6v][%-6v]\n", true, false, true)
	fmt.Printf("[%3c][%-3c][%U]\n", 'é', 'z', '⌘')
	fmt.Printf("[%x][% X][%#x]\n", "日本", []byte("ab"), 3.0 == 3)
}

// Output:
// [   日本][日本   ][    日]
// [  'x']["é"     ]
// [ -1.00][1.2e+02][    +0]
// [true][ false][true  ]
// [  é][z  ][U+2318]
// [e697a5e69cac][61 62][%!x(bool=true)]
