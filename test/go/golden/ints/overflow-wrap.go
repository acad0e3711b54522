package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8)
	var i32 int32 = math.MaxInt32
	i32 += 1
	fmt.Println(i32)
	var u32 uint32 = 1 << 31
	u32 *= 2
	fmt.Println(u32)
	var i64 int64 = math.MaxInt64
	i64++
	fmt.Println(i64)
	var u64 uint64 = 0
	u64--
	fmt.Println(u64)
	var i int = math.MinInt64
	i--
	fmt.Println(i)
	var u16 uint16 = 65535
	u16 += 2
	fmt.Println(u16)
	var i16 int16 = -32768
	i16 = -i16
	fmt.Println(i16)
}

// Output:
// -128
// 255
// -2147483648
// 0
// -9223372036854775808
// 18446744073709551615
// 9223372036854775807
// 1
// -32768
