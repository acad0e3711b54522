package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(2.5, 1), max("a", "b"))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MaxUint8)
	fmt.Println(uint64(math.MaxUint64))
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MaxUint16, math.MaxUint32)
}

// Output:
// 1 3 1 b
// 9223372036854775807 -9223372036854775808 2147483647 255
// 18446744073709551615
// 127 -128 32767 65535 4294967295
