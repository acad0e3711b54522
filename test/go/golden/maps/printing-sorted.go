package main

import "fmt"

type key struct {
	a int
	b string
}

func main() {
	fmt.Println(map[int]string{3: "c", 1: "a", 2: "b", -1: "z"})
	fmt.Println(map[string]bool{"z": true, "a": false, "m": true})
	fmt.Println(map[float64]int{2.5: 1, -1: 2, 0: 3})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Printf("%v\n", map[key]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Printf("%+v\n", map[string][]int{"b": {2}, "a": {1}})
	fmt.Printf("%#v\n", map[string]int{"b": 2, "a": 1})
	var nilMap map[string]int
	fmt.Println(nilMap, len(nilMap), nilMap["x"])
}

// Output:
// map[-1:z 1:a 2:b 3:c]
// map[a:false m:true z:true]
// map[-1:2 0:3 2.5:1]
// map[false:0 true:1]
// map[{1 a}:3 {1 b}:2 {2 a}:1]
// map[a:[1] b:[2]]
// map[string]int{"a":1, "b":2}
// map[] 0 0
