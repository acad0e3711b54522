package main

func work() {}

func main() {
	defer work
	go work
}

// Output:
// Error:
// main.go:6:8: expression in defer must be function call
// main.go:7:5: expression in go must be function call
// Exit: 1
