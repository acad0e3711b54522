package main

import "fmt"

func main() {
	fmt.Println([]float64{1, 2.5, 1e6, 1e21, 0.000001})
	fmt.Println(map[string]float64{"pi": 3.14159, "e": 2.71828})
	fmt.Printf("%.2f\n", []float64{1.005, 2.675})
	fmt.Printf("%v %v\n", float32(1)/3, 1.0/3)
	fmt.Printf("%6.2v|%g|%G\n", 1234.5678, 1e-7, 1e21)
}

// Output:
// [1 2.5 1e+06 1e+21 1e-06]
// map[e:2.71828 pi:3.14159]
// [1.00 2.67]
// 0.33333334 0.3333333333333333
// 1.2e+03|1e-07|1E+21
