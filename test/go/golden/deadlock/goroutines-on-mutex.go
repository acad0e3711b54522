package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	done := make(chan bool)
	go func() {
		mu.Lock()
		done <- true
	}()
	fmt.Println("main waits")
	<-done
}

// Output:
// main waits
// Error:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan receive]:
// main.main()
// 	main.go:17
//
// goroutine N [sync.Mutex.Lock]:
// sync.runtime_SemacquireMutex(...)
// 	$GOROOT/src/runtime/sema.go:95
// sync.(*Mutex).lockSlow(...)
// 	$GOROOT/src/sync/mutex.go:173
// sync.(*Mutex).Lock(...)
// 	$GOROOT/src/sync/mutex.go:92
// main.main.func1()
// 	main.go:13
// created by main.main in goroutine 1
// 	main.go:12
// Exit: 2
