package main

import (
	"fmt"
	"log"
)

func main() {
	log.SetFlags(0)
	log.Println("to stderr", 1)
	log.Printf("formatted %d", 2)
	log.Print("no newline added twice\n")
	log.SetPrefix("[app] ")
	log.Println("prefixed")
	fmt.Println("stdout still works")
}

// Output:
// stdout still works
// Error:
// to stderr 1
// formatted 2
// no newline added twice
// [app] prefixed
