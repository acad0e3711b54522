package main

import "fmt"

// List's element type reaches List again through three defined types (legal: the recursion goes through a pointer).
type List struct {
	Val  int
	Next *Node
}

type Node Elem
type Elem Item
type Item List

func main() {
	l := &List{1, &Node{2, &Node{3, nil}}}
	sum := 0
	for n := (*Node)(l); n != nil; n = n.Next {
		sum += n.Val
	}
	fmt.Println(sum, Item{Val: 4}.Val)
}

// Output:
// 6 4
