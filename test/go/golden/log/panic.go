package main

import "log"

func main() {
	log.SetFlags(0)
	log.Panicf("bad state %d", 9)
}

// Output:
// Error:
// bad state 9
// panic: bad state 9
//
// goroutine 1 [running]:
// log.Panicf(...)
// 	$GOROOT/src/log/log.go:439
// main.main()
// 	main.go:7
// Exit: 2
