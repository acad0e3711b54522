package main

import "fmt"

type User struct {
	Name string
	Age  int
}

func main() {
	users := map[int]User{1: {"ann", 30}}
	u := users[1]
	u.Age++
	users[1] = u
	fmt.Println(users[1])
	ptrs := map[string]*User{"b": {"bob", 40}}
	ptrs["b"].Age++
	fmt.Println(*ptrs["b"])
	counts := map[string]int{}
	for _, w := range []string{"a", "b", "a", "c", "a"} {
		counts[w]++
	}
	fmt.Println(counts)
	nested := map[string]map[string]int{}
	if nested["x"] == nil {
		nested["x"] = map[string]int{}
	}
	nested["x"]["y"] = 1
	fmt.Println(nested)
}

// Output:
// {ann 31}
// {bob 41}
// map[a:3 b:1 c:1]
// map[x:map[y:1]]
