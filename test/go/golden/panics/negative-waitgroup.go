package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Done()
}

// Output:
// Error:
// panic: sync: negative WaitGroup counter
//
// goroutine 1 [running]:
// sync.(*WaitGroup).Add(...)
// 	$GOROOT/src/sync/waitgroup.go:64
// sync.(*WaitGroup).Done(...)
// 	$GOROOT/src/sync/waitgroup.go:89
// main.main()
// 	main.go:7
// Exit: 2
