package main

type DBError struct{ Code int }

func (e *DBError) Error() string { return "db error" }

func main() {
	panic(&DBError{1040})
}

// Output:
// Error:
// panic: db error
//
// goroutine 1 [running]:
// main.main()
// 	main.go:8
// Exit: 2
