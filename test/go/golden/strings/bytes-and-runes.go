package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[0], s[1], s[:2])
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	rs := []rune(s)
	fmt.Println(len(rs), string(rs[1]), string(rs[7:]))
	bs := []byte("abc")
	bs[0] = 'A'
	fmt.Println(string(bs), bs)
	fmt.Printf("%q %x %X % x\n", s, "hi", "hi", "hi")
}

// Output:
// 14 104 195 h�
// 0:h 1:é 3:l 4:l 5:o 6:, 7:  8:世 11:界 
// 9 é 世界
// Abc [65 98 99]
// "héllo, 世界" 6869 6869 68 69
