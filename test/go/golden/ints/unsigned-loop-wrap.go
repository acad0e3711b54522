package main

import "fmt"

func main() {
	n := 0
	for i := uint8(3); i < 10; i-- {
		fmt.Print(i, " ")
		n++
	}
	fmt.Println(n)
	var x uint = 0
	x--
	fmt.Println(x == 1<<64-1)
	var m int64 = -9223372036854775808
	var neg int64 = -1
	fmt.Println(m/neg, m%neg, -m)
}

// Output:
// 3 2 1 0 4
// true
// -9223372036854775808 0 -9223372036854775808
