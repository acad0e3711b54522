package main

import "fmt"

func newCounter() *int {
	c := 0
	return &c
}

type Node struct {
	Val  int
	Next *Node
}

func main() {
	a := newCounter()
	b := newCounter()
	*a = 5
	fmt.Println(*a, *b, a != b)
	var head *Node
	for i := 3; i > 0; i-- {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
}

// Output:
// 5 0 true
// 1 2 3 
