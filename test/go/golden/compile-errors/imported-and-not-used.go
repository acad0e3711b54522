package main

import (
	"fmt"
	"os"
	str "strings"
)

func main() {
	fmt.Println("hi")
}

// Output:
// Error:
// main.go:5:2: "os" imported and not used
// main.go:6:2: "strings" imported as str and not used
// Exit: 1
