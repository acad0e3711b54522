package main

import "fmt"

type P struct{ X int }

func main() {
	arr := [3]P{{1}, {2}, {3}}
	for _, p := range arr {
		p.X *= 10
	}
	fmt.Println(arr)
	for i := range arr {
		arr[i].X *= 10
	}
	fmt.Println(arr)
	m := map[string][2]int{"a": {1, 2}}
	v := m["a"]
	v[0] = 9
	fmt.Println(m, v)
	var i any = arr
	arr[0].X = -1
	fmt.Println(i, arr[0])
}

// Output:
// [{1} {2} {3}]
// [{10} {20} {30}]
// map[a:[1 2]] [9 2]
// [{10} {20} {30}] {-1}
