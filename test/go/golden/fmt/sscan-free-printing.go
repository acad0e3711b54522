package main

import "fmt"

func main() {
	s := fmt.Sprintf("%3c|%-4q|%#q|%+q", 'x', 'y', "back`tick", "é")
	fmt.Println(s)
	fmt.Println(fmt.Sprintf("%08b", 5), fmt.Sprintf("%o %O", 64, 64))
	fmt.Println(fmt.Sprintf("%x", -255), fmt.Sprintf("%5.1f|", -0.05))
	fmt.Println(fmt.Sprintf("%3d|%-3d|%03d", -5, -5, -5))
}

// Output:
//   x|'y' |"back`tick"|"\u00e9"
// 00000101 100 0o100
// -ff  -0.1|
//  -5|-5 |-05
