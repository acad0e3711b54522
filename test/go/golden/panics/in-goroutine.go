package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var s []string
		fmt.Println(s[0])
	}()
	wg.Wait()
}

// Output:
// Error:
// panic: runtime error: index out of range [0] with length 0
//
// goroutine N [running]:
// main.main.func1()
// 	main.go:14
// created by main.main in goroutine 1
// 	main.go:11
// Exit: 2
