package main

type A B
type B C
type C A

type P Q
type Q P

func main() {
	var a A
	var p P
	_, _ = a, p
}

// Output:
// Error:
// main.go:3:6: invalid recursive type A
// 	main.go:3:6: A refers to
// 	main.go:4:6: B refers to
// 	main.go:5:6: C refers to
// 	main.go:3:6: A
// main.go:7:6: invalid recursive type P
// 	main.go:7:6: P refers to
// 	main.go:8:6: Q refers to
// 	main.go:7:6: P
// Exit: 1
