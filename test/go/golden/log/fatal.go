package main

import (
	"fmt"
	"log"
)

func main() {
	log.SetFlags(0)
	defer fmt.Println("deferred: not run by log.Fatal")
	fmt.Println("before")
	log.Fatalf("cannot continue: %v", "db down")
}

// Output:
// before
// Error:
// cannot continue: db down
// Exit: 1
