package main

import "fmt"

type Matrix [][]float64

func (m Matrix) Mul(o Matrix) Matrix {
	out := make(Matrix, len(m))
	for i := range m {
		out[i] = make([]float64, len(o[0]))
		for j := range o[0] {
			for k := range o {
				out[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return out
}

func main() {
	a := Matrix{{1, 2}, {3, 4}}
	b := Matrix{{0.5, 0}, {0, 2}}
	fmt.Println(a.Mul(b))
	id := Matrix{{1, 0}, {0, 1}}
	fmt.Println(a.Mul(id))
}

// Output:
// [[0.5 4] [1.5 8]]
// [[1 2] [3 4]]
