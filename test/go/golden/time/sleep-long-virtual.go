package main

import (
	"fmt"
	"time"
)

func main() {
	results := make(chan string, 3)
	for _, d := range []int{30, 10, 20} {
		go func() {
			time.Sleep(time.Duration(d) * time.Millisecond * 10)
			results <- fmt.Sprint(d)
		}()
	}
	for range 3 {
		fmt.Print(<-results, " ")
	}
	fmt.Println()
}

// Output:
// 10 20 30 
