package main

import "fmt"

type closer struct{ name string }

func (c closer) Close() { fmt.Println("close", c.name) }

func main() {
	for _, n := range []string{"rows", "stmt", "conn"} {
		c := closer{n}
		defer c.Close()
	}
	x := 0
	defer fmt.Println("x =", x)
	defer func(v int) { fmt.Println("v =", v, "x =", x) }(x)
	x = 42
}

// Output:
// v = 0 x = 42
// x = 0
// close conn
// close stmt
// close rows
