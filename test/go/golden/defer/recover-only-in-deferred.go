package main

import "fmt"

func helper() any { return recover() }

func main() {
	defer func() {
		fmt.Println("direct recover:", recover())
	}()
	defer func() {
		fmt.Println("helper recover:", helper())
	}()
	fmt.Println("recover outside panic:", recover())
	panic("boom")
}

// Output:
// recover outside panic: <nil>
// helper recover: <nil>
// direct recover: boom
