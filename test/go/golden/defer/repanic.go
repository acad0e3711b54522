package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("outer recovered:", r)
	}()
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("inner recovered:", r)
			panic(fmt.Sprint("again: ", r))
		}
	}()
	panic("first")
}

// Output:
// inner recovered: first
// outer recovered: again: first
