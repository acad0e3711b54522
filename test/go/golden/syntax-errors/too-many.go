package main

func main() {
	a := )
	b := )
	c := )
	d := )
	e := )
	f := )
	g := )
	h := )
	i := )
	j := )
	k := )
}

// Output:
// Error:
// main.go:4:7: syntax error: unexpected ), expected expression
// main.go:5:7: syntax error: unexpected ), expected expression
// main.go:6:7: syntax error: unexpected ), expected expression
// main.go:7:7: syntax error: unexpected ), expected expression
// main.go:8:7: syntax error: unexpected ), expected expression
// main.go:9:7: syntax error: unexpected ), expected expression
// main.go:10:7: syntax error: unexpected ), expected expression
// main.go:11:7: syntax error: unexpected ), expected expression
// main.go:12:7: syntax error: unexpected ), expected expression
// main.go:13:7: syntax error: unexpected ), expected expression
// main.go:13:7: too many errors
// Exit: 1
