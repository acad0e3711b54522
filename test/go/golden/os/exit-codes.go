package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("exit with 1")
	os.Exit(1)
}

// Output:
// exit with 1
// Exit: 1
