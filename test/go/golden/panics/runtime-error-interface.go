package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer func() {
		r := recover()
		re, ok := r.(runtime.Error)
		fmt.Println(ok, re.Error())
		err, isErr := r.(error)
		fmt.Println(isErr, err)
	}()
	var p *int
	*p = 1
}

// Output:
// true runtime error: invalid memory address or nil pointer dereference
// true runtime error: invalid memory address or nil pointer dereference
