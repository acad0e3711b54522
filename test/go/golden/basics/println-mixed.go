package main

import "fmt"

func main() {
	fmt.Println("a", 1, 2.5, true, nil, 'x', "b")
	fmt.Print("x", "y", 1, 2, "z", 3.0, "\n")
	fmt.Print(1, 2, "\n")
	s := fmt.Sprint("n=", 5, 6, "!")
	fmt.Println(s, len(s))
	fmt.Println()
}

// Output:
// a 1 2.5 true <nil> 120 b
// xy1 2z3
// 1 2
// n=5 6! 6
//
