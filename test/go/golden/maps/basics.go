package main

import "fmt"

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	fmt.Println(m, len(m))
	v, ok := m["four"]
	fmt.Println(v, ok)
	v, ok = m["two"]
	fmt.Println(v, ok)
	delete(m, "one")
	delete(m, "missing")
	fmt.Println(m)
	m["two"]++
	m["new"] += 5
	fmt.Println(m)
	clear(m)
	fmt.Println(m, len(m))
}

// Output:
// map[one:1 three:3 two:2] 3
// 0 false
// 2 true
// map[three:3 two:2]
// map[new:5 three:3 two:3]
// map[] 0
