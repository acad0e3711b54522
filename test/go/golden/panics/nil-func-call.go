package main

func main() {
	var f func(int) int
	f(1)
}

// Output:
// Error:
// panic: runtime error: invalid memory address or nil pointer dereference
// [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=?]
//
// goroutine 1 [running]:
// main.main()
// 	main.go:5
// Exit: 2
