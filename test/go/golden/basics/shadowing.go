package main

import "fmt"

var x = "global"

func main() {
	fmt.Println(x)
	x := "local"
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
	}
	if x := 5; x > 3 {
		fmt.Println("if", x)
	} else {
		fmt.Println("else", x)
	}
	fmt.Println(x)
}

// Output:
// global
// local
// block
// if 5
// local
