package main

func main() {
	m := map[any]int{}
	var k any = []int{1}
	m[k] = 1
}

// Output:
// Error:
// panic: runtime error: hash of unhashable type []int
//
// goroutine 1 [running]:
// main.main()
// 	main.go:6
// Exit: 2
