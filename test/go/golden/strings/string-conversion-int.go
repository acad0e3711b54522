package main

import (
	"fmt"
	"strconv"
)

func main() {
	n := 65
	fmt.Println(string(rune(n)), strconv.Itoa(n), fmt.Sprint(n))
	b := []byte{104, 105}
	fmt.Println(string(b))
	r := []rune{0x4e16, 0x754c}
	fmt.Println(string(r))
}

// Output:
// A 65 65
// hi
// 世界
