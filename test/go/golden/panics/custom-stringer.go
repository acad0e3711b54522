package main

type E struct{ code int }

func (e E) Error() string { return "code " + string(rune('0'+e.code)) }

func main() {
	panic(E{7})
}

// Output:
// Error:
// panic: code 7
//
// goroutine 1 [running]:
// main.main()
// 	main.go:8
// Exit: 2
