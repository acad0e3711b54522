package main

import "fmt"

const (
	Big   = 1 << 62
	Huge  = Big * 4
	Small = Huge >> 63
)

func main() {
	fmt.Println(Big, Small, Huge/Big)
	var u uint64 = Huge - 1
	fmt.Println(u)
	fmt.Printf("%x %X %o %b\n", u, Big, Big, Small)
	fmt.Println(float64(Huge))
}

// Output:
// 4611686018427387904 2 4
// 18446744073709551615
// ffffffffffffffff 4000000000000000 400000000000000000000 10
// 1.8446744073709552e+19
