package main

import "fmt"

func main() {
	in := make(chan int, 1)
	var out chan int // nil: its send case is never ready in the first round
	in <- 1
	for i := 0; i < 2; i++ {
		if i == 1 {
			out = make(chan int, 1)
		}
		select {
		case v := <-in:
			fmt.Println("received", v)
		case out <- 2:
			fmt.Println("sent")
		}
		if i == 0 {
			if len(in) == 0 {
				fmt.Println("in drained")
			} else {
				fmt.Println("out filled")
			}
		}
	}
}


// Output:
// received 1
// in drained
// sent
