package main

import (
	"fmt"
	"os"
)

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("goroutine exits the process")
		os.Exit(4)
	}()
	<-done
}

// Output:
// goroutine exits the process
// Exit: 4
