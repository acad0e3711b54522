package main

func main(args []string) int {
	return 0
}

// Output:
// Error:
// main.go:3:6: func main must have no arguments and no return values
// Exit: 1
