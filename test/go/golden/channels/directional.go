package main

import "fmt"

func producer(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func consumer(in <-chan int, done chan<- int) {
	s := 0
	for v := range in {
		s += v
	}
	done <- s
}

func main() {
	ch := make(chan int)
	done := make(chan int)
	go producer(ch, 10)
	go consumer(ch, done)
	fmt.Println(<-done)
	var ro <-chan int = ch
	fmt.Printf("%T %T\n", ro, done)
}

// Output:
// 45
// <-chan int chan int
