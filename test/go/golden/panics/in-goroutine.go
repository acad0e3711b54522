package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		var s []string
		fmt.Println(s[0]) // panics before Done, so main stays in Wait and the panic always ends the run
		wg.Done()
	}()
	wg.Wait()
}


// Output:
// Error:
// panic: runtime error: index out of range [0] with length 0
//
// goroutine N [running]:
// main.main.func1()
// 	main.go:13
// created by main.main in goroutine 1
// 	main.go:11
// Exit: 2
