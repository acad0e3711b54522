package main

import (
	"errors"
	"fmt"
)

type S string

func main() {
	fmt.Println(fmt.Sprint("a", S("b"), 1, S("c"), errors.New("e"), 2))
	fmt.Println(fmt.Sprint(1, S("x"), 2), fmt.Sprint(S("x"), S("y")))
	fmt.Printf("%s %v %q\n", S("s"), S("v"), S("q"))
	fmt.Println(fmt.Sprintln("x", 1, S("y")) == "x 1 y\n")
}

// Output:
// ab1ce 2
// 1x2 xy
// s v "q"
// true
