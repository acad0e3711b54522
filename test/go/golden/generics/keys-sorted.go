package main

import (
	"fmt"
	"sort"
)

func Keys[K comparable, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }

func main() {
	ks := Keys(map[string]int{"b": 1, "a": 2, "c": 3})
	sort.Strings(ks)
	fmt.Println(ks)
	s := Set[int]{}
	s.Add(1)
	s.Add(1)
	fmt.Println(len(s), s.Has(1), s.Has(2))
}

// Output:
// [a b c]
// 1 true false
