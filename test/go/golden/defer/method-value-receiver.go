package main

import "fmt"

type T struct{ name string }

func (t T) Print()   { fmt.Println("value", t.name) }
func (t *T) PPrint() { fmt.Println("pointer", t.name) }

func main() {
	t := T{"a"}
	defer t.Print()
	defer t.PPrint()
	t.name = "b"
}

// Output:
// pointer b
// value a
