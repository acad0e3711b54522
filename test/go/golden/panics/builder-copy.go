package main

import "strings"

func main() {
	var a strings.Builder
	a.WriteString("x")
	b := a
	b.WriteString("y")
}

// Output:
// Error:
// panic: strings: illegal use of non-zero Builder copied by value
//
// goroutine 1 [running]:
// strings.(*Builder).copyCheck(...)
// 	$GOROOT/src/strings/builder.go:35
// strings.(*Builder).WriteString(...)
// 	$GOROOT/src/strings/builder.go:107
// main.main()
// 	main.go:9
// Exit: 2
