package main

import "fmt"

type T struct{ V int }

func main() {
	var p *T
	fmt.Println(p.V)
}

// Output:
// Error:
// panic: runtime error: invalid memory address or nil pointer dereference
// [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=?]
//
// goroutine 1 [running]:
// main.main()
// 	main.go:9
// Exit: 2
