package main

type Code string

type Status int

func main() {
	defer func() {
		r := recover()
		println("recovered a", r.(Status))
		panic(Code("db-down"))
	}()
	panic(Status(503))
}

// Output:
// Error:
// recovered a 503
// panic: main.Status(503) [recovered]
// 	panic: main.Code("db-down")
//
// goroutine 1 [running]:
// main.main.func1()
// 	main.go:11
// panic(...)
// 	$GOROOT/src/runtime/panic.go:785
// main.main()
// 	main.go:13
// Exit: 2
