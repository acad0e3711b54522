package main

import "fmt"

type T struct{ n int }

func (t *T) String() string { return fmt.Sprintf("T(%d)", t.n) }

func main() {
	ts := []*T{{1}, {2}}
	fmt.Println(ts)
	vs := []T{{3}}
	fmt.Println(vs)
	fmt.Printf("%v %s\n", ts[0], ts[1])
	var nilT *T
	fmt.Println(nilT == nil)
}

// Output:
// [T(1) T(2)]
// [{3}]
// T(1) T(2)
// true
