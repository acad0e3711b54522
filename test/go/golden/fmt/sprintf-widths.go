package main

import "fmt"

func main() {
	rows := []struct {
		name  string
		count int
		ratio float64
	}{{"alpha", 3, 0.5}, {"beta", 12345, 12.3456}, {"γ", -7, -0.001}}
	for _, r := range rows {
		fmt.Printf("|%-8s|%6d|%8.3f|%+.1e|\n", r.name, r.count, r.ratio, r.ratio)
	}
	fmt.Printf("|%08.3f|%-08d|%+08d|% d|\n", 3.14159, 42, 42, 42)
	fmt.Printf("|%6.2f%%|\n", 99.5)
	fmt.Printf("|%#x|%#o|%#b|%#X|\n", 255, 8, 5, 3054)
	fmt.Printf("|%x|%X|% x|%#x|\n", "héllo", []byte{1, 171}, "abc", "abc")
}

// Output:
// |alpha   |     3|   0.500|+5.0e-01|
// |beta    | 12345|  12.346|+1.2e+01|
// |γ       |    -7|  -0.001|-1.0e-03|
// |0003.142|42      |+0000042| 42|
// | 99.50%|
// |0xff|010|0b101|0XBEE|
// |68c3a96c6c6f|01AB|61 62 63|0x616263|
