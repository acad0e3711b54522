package main

func a() {
	x := )
}

func b() {
	y := 1 +
}

func c() {
	if {
	}
}

// Output:
// Error:
// main.go:4:7: syntax error: unexpected ), expected expression
// main.go:9:1: syntax error: unexpected }, expected expression
// main.go:12:5: syntax error: missing condition in if statement
// Exit: 1
