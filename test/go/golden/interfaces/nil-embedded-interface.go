package main

import "fmt"

type Store interface{ Get(k string) string }

type Cache struct {
	Store
}

func main() {
	c := Cache{}
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(c.Store == nil)
	c.Get("k")
}

// Output:
// true
// recovered: runtime error: invalid memory address or nil pointer dereference
