package main

import (
	"fmt"
	"math"
)

func main() {
	inf := math.Inf(1)
	nan := math.NaN()
	zero := 0.0
	fmt.Println(inf, -inf, nan, 1/zero, -1/zero)
	fmt.Println(nan == nan, inf > 1e308, math.IsNaN(nan), math.IsInf(-inf, -1))
	fmt.Printf("%5.1f|%-6v|%+v|%08.2f\n", inf, nan, inf, -inf)
	negz := math.Copysign(0, -1)
	fmt.Println(negz, negz == 0, math.Signbit(negz))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
}

// Output:
// +Inf -Inf NaN +Inf -Inf
// false true true true
//  +Inf|NaN   |+Inf|    -Inf
// -0 true true
// 1.7976931348623157e+308 5e-324
