package main

import "fmt"

type querier interface{ Q() int }

func first[T any](q querier, v T) T { return v }

type bad struct{}

func main() {
	fmt.Println(first(bad{}, 3))
}

// Output:
// Error:
// main.go:12:20: cannot use bad{} (value of type bad) as querier value in argument to first: bad does not implement querier (missing method Q)
// Exit: 1
