package main

import (
	"fmt"
)

type T struct{ A int }

func main() {
	var p *T
	var e error
	var s []int
	var m map[string]int
	var f func()
	var c chan int
	var i any
	fmt.Println(p, e, s, m, f == nil, c, i)
	fmt.Printf("%v %+v %d %s\n", p, e, s, m)
	fmt.Printf("%v\n", &T{5})
	fmt.Printf("%+v\n", []*int{nil})
	fmt.Printf("%#v %#v %#v\n", p, s, m)
}

// Output:
// <nil> <nil> [] map[] true <nil> <nil>
// <nil> <nil> [] map[]
// &{5}
// [<nil>]
// (*main.T)(nil) []int(nil) map[string]int(nil)
