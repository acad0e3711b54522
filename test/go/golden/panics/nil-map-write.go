package main

func main() {
	var m map[string]int
	m["a"] = 1
}

// Output:
// Error:
// panic: assignment to entry in nil map
//
// goroutine 1 [running]:
// main.main()
// 	main.go:5
// Exit: 2
