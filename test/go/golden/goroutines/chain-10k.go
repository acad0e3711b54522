package main

import "fmt"

func main() {
	const n = 10000
	first := make(chan int)
	in := first
	for i := 0; i < n; i++ {
		out := make(chan int)
		go func(in <-chan int, out chan<- int) {
			out <- 1 + <-in
		}(in, out)
		in = out
	}
	first <- 0
	fmt.Println(<-in)
}

// Output:
// 10000
