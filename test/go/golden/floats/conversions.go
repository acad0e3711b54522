package main

import "fmt"

func main() {
	i := 7
	f := float64(i) / 2
	fmt.Println(f, int(f), int64(-f))
	fmt.Println(float64(1<<53+1) == float64(1<<53))
	var x float64 = 1e100
	fmt.Println(x * x)
	avg := float64(10+20+25) / 3
	fmt.Printf("%.3f %v\n", avg, avg)
	fmt.Println(0.1*3 == 0.3, 0.5*2 == 1.0)
}

// Output:
// 3.5 3 -3
// true
// 1e+200
// 18.333 18.333333333333332
// true true
