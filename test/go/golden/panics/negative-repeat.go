package main

import "strings"

func main() {
	n := -1
	_ = strings.Repeat("x", n)
}

// Output:
// Error:
// panic: strings: negative Repeat count
//
// goroutine 1 [running]:
// strings.Repeat(...)
// 	$GOROOT/src/strings/strings.go:569
// main.main()
// 	main.go:7
// Exit: 2
