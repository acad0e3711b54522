package main

import "os"

func helper() int {
	return "x"
}

func main() {
	y := undefinedVar
	var z int
}

// Output:
// Error:
// main.go:3:8: "os" imported and not used
// main.go:6:9: cannot use "x" (untyped string constant) as int value in return statement
// main.go:10:2: declared and not used: y
// main.go:10:7: undefined: undefinedVar
// main.go:11:6: declared and not used: z
// Exit: 1
