package main

func main() {
	break
}

// Output:
// Error:
// main.go:4:2: break is not in a loop, switch, or select
// Exit: 1
