package main

func main( {
}

// Output:
// Error:
// main.go:3:12: syntax error: unexpected {, expected )
// Exit: 1
