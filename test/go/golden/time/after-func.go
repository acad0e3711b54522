package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan string)
	time.AfterFunc(20*time.Millisecond, func() { done <- "callback ran" })
	fmt.Println(<-done)
	t := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println(t.Stop())
}

// Output:
// callback ran
// true
