package main

import "fmt"

type T struct{ n int }

func (t T) Get() int { return t.n }

func main() {
	var p *T
	fmt.Println(p.Get())
}

// Output:
// Error:
// panic: runtime error: invalid memory address or nil pointer dereference
// [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=?]
//
// goroutine 1 [running]:
// main.main()
// 	main.go:11
// Exit: 2
