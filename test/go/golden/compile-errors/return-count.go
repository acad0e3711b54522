package main

func one() int {
	return 1, 2
}

func two() (int, error) {
	return 1
}

func none() {
	return 5
}

func main() {
	one()
	two()
	none()
}

// Output:
// Error:
// main.go:4:12: too many return values
// 	have (number, number)
// 	want (int)
// main.go:8:9: not enough return values
// 	have (number)
// 	want (int, error)
// main.go:12:9: too many return values
// 	have (number)
// 	want ()
// Exit: 1
