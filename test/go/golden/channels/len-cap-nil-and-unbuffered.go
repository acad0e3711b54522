package main

import "fmt"

func main() {
	var nilCh chan int
	un := make(chan int)
	buf := make(chan int, 4)
	buf <- 1
	fmt.Println(len(nilCh), cap(nilCh), len(un), cap(un), len(buf), cap(buf))
	select {
	case v := <-nilCh:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel never ready")
	}
	fmt.Printf("%v %T\n", nilCh == nil, buf)
}

// Output:
// 0 0 0 0 1 4
// nil channel never ready
// true chan int
