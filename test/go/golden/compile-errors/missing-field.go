package main

type User struct{ Name string }

func main() {
	u := User{Name: "a", Age: 3}
	_ = u.Email
}

// Output:
// Error:
// main.go:6:23: unknown field Age in struct literal of type User
// main.go:7:8: u.Email undefined (type User has no field or method Email)
// Exit: 1
