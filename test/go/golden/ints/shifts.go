package main

import "fmt"

func main() {
	var s uint = 70
	fmt.Println(1<<s == 0)
	var x int64 = -8
	fmt.Println(x>>1, x>>63, x<<60)
	var u uint8 = 0x81
	fmt.Println(u<<1, u>>1)
	for i := 0; i < 4; i++ {
		fmt.Print(1<<i, " ")
	}
	fmt.Println()
	n := 33
	var v uint32 = 1
	fmt.Println(v<<n, v<<31)
}

// Output:
// true
// -4 -1 -9223372036854775808
// 2 64
// 1 2 4 8 
// 0 2147483648
