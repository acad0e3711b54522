package main

import "fmt"

func main() {
	var s []int
	caps := []int{}
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != last {
			last = cap(s)
			caps = append(caps, last)
		}
	}
	fmt.Println(caps)
	b := []byte{}
	b = append(b, "hello"...)
	fmt.Println(len(b), cap(b), string(b))
}

// Output:
// [1 2 4 8 16 32 64 128 256 512 848 1280 1792 2560]
// 5 8 hello
