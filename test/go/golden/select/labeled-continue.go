package main

import "fmt"

func main() {
	ch := make(chan int, 5)
	for i := 0; i < 5; i++ {
		ch <- i
	}
	close(ch)
	sum := 0
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break loop
			}
			if v%2 == 0 {
				continue loop
			}
			sum += v
		}
	}
	fmt.Println("odd sum", sum)
}

// Output:
// odd sum 4
