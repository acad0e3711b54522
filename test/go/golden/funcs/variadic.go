package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func count(xs ...any) int { return len(xs) }

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	xs := []int{4, 5, 6}
	fmt.Println(sum(xs...))
	fmt.Println(join("-", "a", "b", "c"))
	fmt.Println(count(), count(nil), count(1, "a"), count([]any{1, 2}...))
	ys := []int{1, 2}
	f := func(v ...int) { v[0] = 100 }
	f(ys...)
	fmt.Println(ys)
}

// Output:
// 0 1 6
// 15
// a-b-c
// 0 1 2 2
// [100 2]
