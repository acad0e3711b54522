package main

import "fmt"

func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	xs := []string{"a", "b", "c"}
	for i := range xs {
		fmt.Print(i)
	}
	for _, x := range xs {
		fmt.Print(x)
	}
	fmt.Println()
	arr := [3]int{10, 20, 30}
	for i, v := range arr {
		arr[2] = 99
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println(arr)
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	for v := range ch {
		fmt.Print(v)
	}
	fmt.Println()
	for range 2 {
		fmt.Print("x")
	}
	fmt.Println()
}

// Output:
// 0 1 2 
// 012abc
// 0=10 1=20 2=30 [10 20 99]
// 12
// xx
