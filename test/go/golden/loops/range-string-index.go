package main

import "fmt"

func main() {
	for i := range "aé" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 4)
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(s))
}

// Output:
// 0 1 
// 1 2 3 4
