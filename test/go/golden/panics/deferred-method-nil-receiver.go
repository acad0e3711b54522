package main

import "fmt"

type Conn struct{ id int }

func (c *Conn) Close() { fmt.Println("closing", c.id) }

func main() {
	var c *Conn
	defer c.Close()
	fmt.Println("working")
}

// Output:
// working
// Error:
// panic: runtime error: invalid memory address or nil pointer dereference
// [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=?]
//
// goroutine 1 [running]:
// main.(*Conn).Close(...)
// 	main.go:7
// main.main()
// 	main.go:13
// Exit: 2
