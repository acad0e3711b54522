package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	ch <- 7
	close(ch)
	for i := 0; i < 3; i++ {
		v, ok := <-ch
		fmt.Println(v, ok)
	}
	done := make(chan struct{})
	close(done)
	<-done
	<-done
	fmt.Println("closed channel never blocks")
}

// Output:
// 7 true
// 0 false
// 0 false
// closed channel never blocks
