package main

import "fmt"

func main() {
	var a int64 = 1 << 62
	fmt.Println(a * 4)
	var b int32 = 1 << 20
	fmt.Println(b * b)
	var h uint64 = 14695981039346656037
	for _, c := range []byte("hello") {
		h ^= uint64(c)
		h *= 1099511628211
	}
	fmt.Println(h)
	var x int = 3037000500
	fmt.Println(x * x)
	var u uint32 = 0xdeadbeef
	fmt.Println(u*u, u<<4, u>>28)
}

// Output:
// 0
// 0
// 11831194018420276491
// -9223372036709301616
// 560833313 3940282096 13
