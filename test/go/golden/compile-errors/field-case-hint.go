package main

type User struct{ Name string }

func main() {
	u := User{}
	_ = u.name
}

// Output:
// Error:
// main.go:7:8: u.name undefined (type User has no field or method name, but does have field Name)
// Exit: 1
