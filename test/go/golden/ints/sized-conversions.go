package main

import "fmt"

func main() {
	x := 300
	fmt.Println(int8(x), uint8(x), int16(x))
	y := -1
	fmt.Println(uint8(y), uint16(y), uint32(y), uint64(y))
	var big int64 = 1<<40 + 5
	fmt.Println(int32(big), uint32(big))
	f := 3.99
	fmt.Println(int(f), int(-f))
	var r rune = 'A' + 2
	fmt.Println(r, string(r))
	var b byte = 'z'
	fmt.Println(b, string(b))
	fmt.Printf("%T %T %T\n", r, b, 'x')
}

// Output:
// 44 44 300
// 255 65535 4294967295 18446744073709551615
// 5 5
// 3 -3
// 67 C
// 122 z
// int32 uint8 int32
