package main

type MyErr struct{}

func find() error {
	var e *MyErr
	return e
}

func main() {
	_ = find()
}

// Output:
// Error:
// main.go:7:9: cannot use e (variable of type *MyErr) as error value in return statement: *MyErr does not implement error (missing method Error)
// Exit: 1
