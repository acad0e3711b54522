package main

import "fmt"

func main() {
	defer func() {
		recover()
		var m map[int]int
		m[1] = 1
	}()
	fmt.Println("start")
	panic("first")
}

// Output:
// start
// Error:
// panic: first [recovered]
// 	panic: assignment to entry in nil map
//
// goroutine 1 [running]:
// main.main.func1()
// 	main.go:9
// panic(...)
// 	$GOROOT/src/runtime/panic.go:785
// main.main()
// 	main.go:12
// Exit: 2
