package main

import "fmt"

func trace(s string) string {
	fmt.Println("enter", s)
	return s
}

func un(s string) { fmt.Println("leave", s) }

func main() {
	x := 1
	defer fmt.Println("x at defer:", x)
	x = 2
	defer func() { fmt.Println("x in closure:", x) }()
	x = 3
	defer un(trace("main"))
	fmt.Println("work")
}

// Output:
// enter main
// work
// leave main
// x in closure: 3
// x at defer: 1
