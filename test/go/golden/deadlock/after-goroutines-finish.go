package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make(chan int)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- i
		}()
	}
	wg.Wait()
	close(results)
	for r := range results {
		fmt.Println(r)
	}
}

// Output:
// Error:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [semacquire]:
// sync.runtime_Semacquire(...)
// 	$GOROOT/src/runtime/sema.go:71
// sync.(*WaitGroup).Wait(...)
// 	$GOROOT/src/sync/waitgroup.go:118
// main.main()
// 	main.go:18
//
// goroutine N [chan send]:
// main.main.func1()
// 	main.go:15
// created by main.main in goroutine 1
// 	main.go:13
//
// goroutine N [chan send]:
// main.main.func1()
// 	main.go:15
// created by main.main in goroutine 1
// 	main.go:13
//
// goroutine N [chan send]:
// main.main.func1()
// 	main.go:15
// created by main.main in goroutine 1
// 	main.go:13
// Exit: 2
