package main

import (
	"fmt"
	"time"
)

func main() {
	tk := time.NewTicker(10 * time.Millisecond)
	defer tk.Stop()
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			break
		}
	}
	fmt.Println("ticks:", n)
	tk.Reset(5 * time.Millisecond)
	<-tk.C
	fmt.Println("after reset")
}

// Output:
// ticks: 3
// after reset
