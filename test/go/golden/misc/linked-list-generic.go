package main

import (
	"fmt"
	"strings"
)

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) PushFront(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) String() string {
	var parts []string
	for n := l.head; n != nil; n = n.next {
		parts = append(parts, fmt.Sprint(n.val))
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

func main() {
	var l List[int]
	for i := range 4 {
		l.PushFront(i)
	}
	fmt.Println(l.String(), l.size)
	fmt.Println(&l)
}

// Output:
// [3 -> 2 -> 1 -> 0] 4
// [3 -> 2 -> 1 -> 0]
