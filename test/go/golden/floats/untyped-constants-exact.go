package main

import "fmt"

const third = 1.0 / 3

func main() {
	const a = 0.1
	fmt.Println(a*3 == 0.3)
	x := 0.1
	fmt.Println(x*3 == 0.3)
	fmt.Println(third*3 == 1)
	const big = 1 << 62
	fmt.Println(big*4/8, float64(big))
	var f float32 = 16777217
	fmt.Println(f, float64(f))
}

// Output:
// true
// false
// true
// 2305843009213693952 4.611686018427388e+18
// 1.6777216e+07 1.6777216e+07
