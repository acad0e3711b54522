package main

func main() {
unused:
	for {
		return
	}
}

// Output:
// Error:
// main.go:4:1: label unused defined and not used
// Exit: 1
