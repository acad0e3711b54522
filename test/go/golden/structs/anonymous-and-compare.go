package main

import "fmt"

func main() {
	pt := struct {
		X, Y int
	}{3, 4}
	fmt.Println(pt, pt.X*pt.Y)
	people := []struct {
		Name string
		Age  int
	}{{"a", 1}, {"b", 2}}
	for _, p := range people {
		fmt.Print(p.Name, p.Age, " ")
	}
	fmt.Println()
	type K struct{ A, B string }
	fmt.Println(K{"x", "y"} == K{"x", "y"}, K{"x", "y"} == K{"y", "x"})
}

// Output:
// {3 4} 12
// a1 b2 
// true false
