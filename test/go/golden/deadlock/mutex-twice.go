package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("locked once")
	mu.Lock()
}

// Output:
// locked once
// Error:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [sync.Mutex.Lock]:
// sync.runtime_SemacquireMutex(...)
// 	$GOROOT/src/runtime/sema.go:95
// sync.(*Mutex).lockSlow(...)
// 	$GOROOT/src/sync/mutex.go:173
// sync.(*Mutex).Lock(...)
// 	$GOROOT/src/sync/mutex.go:92
// main.main()
// 	main.go:12
// Exit: 2
