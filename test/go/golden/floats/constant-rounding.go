package main

import "fmt"

const (
	two64  = 1.0 * (1 << 64)
	two128 = two64 * two64
	ulp32  = two128 / (1 << 24)
	max32  = two128 - ulp32
)

// Constants are exact; converting one rounds once, to the nearest value of the target type (ties to even).
func main() {
	fmt.Println(float64(1e23+1) == 1.0000000000000001e+23, float64(1e23) == 1.0000000000000001e+23, float64(1e23+1))
	fmt.Println(float64(1<<53+1), float64(1<<53+3))
	var f float32 = max32 + ulp32/2 - ulp32/two64
	fmt.Println(f == max32, f)
	fmt.Println(float32(0.1), float64(float32(1.0/3)))
}

// Output:
// true false 1.0000000000000001e+23
// 9.007199254740992e+15 9.007199254740996e+15
// true 3.4028235e+38
// 0.1 0.3333333432674408
