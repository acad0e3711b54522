package main

import "fmt"

func main() {
	data := make(chan int)
	done := make(chan struct{})
	go func() {
		for i := 1; i <= 3; i++ {
			data <- i
		}
		close(done)
	}()
	sum := 0
	for {
		select {
		case v := <-data:
			sum += v
		case <-done:
			fmt.Println("sum", sum)
			return
		}
	}
}

// Output:
// sum 6
