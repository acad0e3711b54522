package main

import "fmt"

type Box[T any] struct{ V T }

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return fmt.Sprintf("int %d", x)
	case string:
		return fmt.Sprintf("string %q", x)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	fmt.Printf("%T %T %v %+v\n", Box[int]{1}, Box[string]{}, Box[[]int]{[]int{1}}, Box[bool]{true})
	fmt.Println(Describe(1), Describe("a"), Describe(2.5))
	fmt.Printf("%q %v %v\n", Zero[string](), Zero[int](), Zero[*int]())
}

// Output:
// main.Box[int] main.Box[string] {[1]} {V:true}
// int 1 string "a" other float64
// "" 0 <nil>
