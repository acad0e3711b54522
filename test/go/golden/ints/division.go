package main

import "fmt"

func main() {
	fmt.Println(7/2, -7/2, 7/-2, -7/-2)
	fmt.Println(7%2, -7%2, 7%-2, -7%-2)
	var m int8 = -128
	var n int8 = -1
	fmt.Println(m/n, m%n)
	var u uint = 7
	fmt.Println(u/2, u%4)
	fmt.Println(1<<10, 1024>>3, 0xff&0x0f, 0xf0|0x0f, 0xff^0x0f, 0xff&^0x0f)
	x := 5
	x <<= 2
	x |= 1
	fmt.Println(x, -x>>1, ^x)
}

// Output:
// 3 -3 -3 3
// 1 -1 1 -1
// -128 0
// 3 3
// 1024 128 15 255 240 240
// 21 -11 -22
