package main

import (
	"fmt"
	"strings"
)

type Speaker interface{ Speak() string }

type Dog struct{ name string }

func (d Dog) Speak() string { return d.name + " says woof" }

func main() {
	var s Speaker = Dog{"rex"}
	f := s.Speak
	s = Dog{"max"}
	fmt.Println(f(), s.Speak())
	up := strings.ToUpper
	fmt.Println(up(f()))
}

// Output:
// rex says woof max says woof
// REX SAYS WOOF
