package main

import "fmt"

func main() {
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprintf("wrapped: %v", r))
		}
	}()
	panic("original")
}

// Output:
// Error:
// panic: original [recovered]
// 	panic: wrapped: original
//
// goroutine 1 [running]:
// main.main.func1()
// 	main.go:8
// panic(...)
// 	$GOROOT/src/runtime/panic.go:785
// main.main()
// 	main.go:11
// Exit: 2
