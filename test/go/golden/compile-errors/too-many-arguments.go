package main

func greet(name string) string { return "hi " + name }

func main() {
	_ = greet("a", "b", 3)
}

// Output:
// Error:
// main.go:6:17: too many arguments in call to greet
// 	have (string, string, number)
// 	want (string)
// Exit: 1
