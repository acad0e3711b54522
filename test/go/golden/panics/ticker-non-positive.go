package main

import "time"

func main() {
	d := time.Duration(0)
	time.NewTicker(d)
}

// Output:
// Error:
// panic: non-positive interval for NewTicker
//
// goroutine 1 [running]:
// time.NewTicker(...)
// 	$GOROOT/src/time/tick.go:38
// main.main()
// 	main.go:7
// Exit: 2
