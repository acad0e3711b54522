package main

import "sync"

func main() {
	var mu sync.RWMutex
	mu.RUnlock()
}

// Output:
// Error:
// fatal error: sync: RUnlock of unlocked RWMutex
//
// goroutine 1 [running]:
// sync.fatal(...)
// 	$GOROOT/src/runtime/panic.go:1031
// sync.(*RWMutex).rUnlockSlow(...)
// 	$GOROOT/src/sync/rwmutex.go:130
// sync.(*RWMutex).RUnlock(...)
// 	$GOROOT/src/sync/rwmutex.go:120
// main.main()
// 	main.go:7
// Exit: 2
