package main

func main() {
	var s []int
	s[0] = 1
}

// Output:
// Error:
// panic: runtime error: index out of range [0] with length 0
//
// goroutine 1 [running]:
// main.main()
// 	main.go:5
// Exit: 2
