package main

import "sync"

func main() {
	var mu sync.Mutex
	mu.Unlock()
}

// Output:
// Error:
// fatal error: sync: unlock of unlocked mutex
//
// goroutine 1 [running]:
// sync.fatal(...)
// 	$GOROOT/src/runtime/panic.go:1031
// sync.(*Mutex).unlockSlow(...)
// 	$GOROOT/src/sync/mutex.go:231
// sync.(*Mutex).Unlock(...)
// 	$GOROOT/src/sync/mutex.go:225
// main.main()
// 	main.go:7
// Exit: 2
