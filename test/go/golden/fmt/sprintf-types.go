package main

import "fmt"

type Celsius float64
type Names []string
type Handler func(int) error

func main() {
	fmt.Printf("%T|%T|%T|%T|%T\n", Celsius(1), Names{}, Handler(nil), map[string][]int{}, struct{ A int }{})
	fmt.Printf("%T|%T|%T|%T\n", nil, any(1), new(int), make(chan<- bool))
	fmt.Printf("%T|%T|%T\n", [3]byte{}, 'a', uint8(1))
	fmt.Printf("%v|%v\n", Names{"a", "b"}, Celsius(2.5))
}

// Output:
// main.Celsius|main.Names|main.Handler|map[string][]int|struct { A int }
// <nil>|int|*int|chan<- bool
// [3]uint8|int32|uint8
// [a b]|2.5
