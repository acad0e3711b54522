package main

import "fmt"

func main() {
	m := map[string]func(int) int{
		"sq": func(x int) int { return x * x },
	}
	for k, f := range m {
		fmt.Println(k, f(4))
	}
	for i, c := range []byte("hi") {
		fmt.Println(i, c)
	}
	arr := [...]int{5, 6}
	for i := range &arr {
		fmt.Print(i)
	}
	fmt.Println()
}

// Output:
// sq 16
// 0 104
// 1 105
// 01
