package main

func main() {
	s := []int{}
	append(s, 1)
	_ = s
}

// Output:
// Error:
// main.go:5:2: append(s, 1) (value of type []int) is not used
// Exit: 1
