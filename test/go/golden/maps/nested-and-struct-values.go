package main

import "fmt"

type Stat struct {
	Count int
	Names []string
}

func main() {
	m := map[string]map[string]int{"b": {"y": 2, "x": 1}, "a": {"z": 3}}
	fmt.Println(m)
	s := map[string]Stat{"q": {1, []string{"a"}}, "p": {0, nil}}
	fmt.Printf("%v\n%+v\n", s, s)
	k := map[[2]int]string{{2, 1}: "c", {1, 2}: "b", {1, 1}: "a"}
	fmt.Println(k)
	p := map[*int]int{nil: 1}
	fmt.Println(len(p))
}

// Output:
// map[a:map[z:3] b:map[x:1 y:2]]
// map[p:{0 []} q:{1 [a]}]
// map[p:{Count:0 Names:[]} q:{Count:1 Names:[a]}]
// map[[1 1]:a [1 2]:b [2 1]:c]
// 1
