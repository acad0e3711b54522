package main

import (
	"fmt"
	"strings"
)

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

type Words map[string]int

func (w Words) Add(s string) {
	for _, f := range strings.Fields(s) {
		w[f]++
	}
}

type Op func(int) int

func (o Op) Twice(x int) int { return o(o(x)) }

func main() {
	var l IntList
	l.Push(1)
	l.Push(2)
	fmt.Println(l, l.Sum())
	w := Words{}
	w.Add("a b a")
	fmt.Println(w)
	fmt.Println(Op(func(x int) int { return x + 3 }).Twice(1))
}

// Output:
// [1 2] 3
// map[a:2 b:1]
// 7
