package main

import "fmt"

type result struct {
	id  int
	val string
}

func main() {
	ch := make(chan result)
	for i := 0; i < 3; i++ {
		go func() { ch <- result{i, fmt.Sprint("v", i)} }()
	}
	got := make([]string, 3)
	for range 3 {
		r := <-ch
		got[r.id] = r.val
	}
	fmt.Println(got)
}

// Output:
// [v0 v1 v2]
