package main

func main() {
	var b int8 = 300
	var u uint = -1
	x := 1 << 70
	_, _, _ = b, u, x
}

// Output:
// Error:
// main.go:4:15: cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)
// main.go:5:15: cannot use -1 (untyped int constant) as uint value in variable declaration (overflows)
// main.go:6:7: cannot use 1 << 70 (untyped int constant 1180591620717411303424) as int value in assignment (overflows)
// Exit: 1
