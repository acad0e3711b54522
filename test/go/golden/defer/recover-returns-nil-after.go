package main

import "fmt"

func f() (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("got ", r)
		}
		fmt.Println("second recover:", recover())
	}()
	panic("x")
}

func main() {
	fmt.Println(f())
}

// Output:
// second recover: <nil>
// got x
