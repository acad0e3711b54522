package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		fmt.Println("one worker done")
	}()
	wg.Wait()
}

// Output:
// one worker done
// Error:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [semacquire]:
// sync.runtime_Semacquire(...)
// 	$GOROOT/src/runtime/sema.go:71
// sync.(*WaitGroup).Wait(...)
// 	$GOROOT/src/sync/waitgroup.go:118
// main.main()
// 	main.go:15
// Exit: 2
