package main

import "fmt"

func main() {
	m := map[int]bool{1: true, 2: true, 3: true, 4: true}
	for k := range m {
		if k%2 == 0 {
			delete(m, k)
		}
	}
	fmt.Println(len(m), m)
	keys := 0
	for range m {
		keys++
	}
	fmt.Println(keys)
}

// Output:
// 2 map[1:true 3:true]
// 2
