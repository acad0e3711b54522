package main

import "fmt"

func level(n int) {
	defer fmt.Println("exit", n)
	if n == 3 {
		panic(fmt.Sprint("deep ", n))
	}
	level(n + 1)
}

func main() {
	defer func() {
		fmt.Println("main recovered:", recover())
	}()
	level(1)
}

// Output:
// exit 3
// exit 2
// exit 1
// main recovered: deep 3
