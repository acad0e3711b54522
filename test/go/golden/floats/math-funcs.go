package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Abs(-3.5))
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Round(2.5), math.Round(-2.5), math.Trunc(-2.7))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3))
	fmt.Println(math.Pi, math.E)
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi/6), math.Log(math.E), math.Exp(1))
	fmt.Println(math.Hypot(3, 4), math.Cbrt(27))
}

// Output:
// 1.4142135623730951 1024 3.5
// -3 -2 3 -3 -2
// 7 3 1
// 3.141592653589793 2.718281828459045
// 0.5000 1.0000 2.7183
// 5 3
