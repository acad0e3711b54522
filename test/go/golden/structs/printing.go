package main

import "fmt"

type Inner struct {
	N int
	S string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	List  []int
	M     map[string]int
	Err   error
	Any   any
	flag  bool
}

func main() {
	o := Outer{Name: "x", In: Inner{1, "a"}, List: []int{1, 2}, M: map[string]int{"k": 1}, Any: 3}
	fmt.Println(o)
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Printf("%v %+v\n", Inner{}, &Inner{2, "b"})
	fmt.Printf("%#v\n", Inner{3, "c"})
	var e struct{}
	fmt.Println(e, struct{ A, B int }{1, 2})
}

// Output:
// {x {1 a} <nil> [1 2] map[k:1] <nil> 3 false}
// {x {1 a} <nil> [1 2] map[k:1] <nil> 3 false}
// {Name:x In:{N:1 S:a} Ptr:<nil> List:[1 2] M:map[k:1] Err:<nil> Any:3 flag:false}
// {0 } &{N:2 S:b}
// main.Inner{N:3, S:"c"}
// {} {1 2}
