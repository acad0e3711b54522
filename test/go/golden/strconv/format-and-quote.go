package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatUint(1<<63, 36))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.000012, 'e', 3, 64))
	fmt.Println(strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(1.0/3, 'g', 5, 64), strconv.FormatFloat(-0.0, 'g', -1, 64))
	fmt.Println(strconv.Quote("hi\n\"there\"\t\x00é"), strconv.QuoteToASCII("é世"), strconv.QuoteRune('☺'))
	fmt.Println(strconv.FormatBool(true), strconv.Quote("\xff"))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
	_, err = strconv.Unquote("bad")
	fmt.Println(err)
	fmt.Println(strconv.AppendInt([]byte("n="), 5, 10), string(strconv.AppendQuote(nil, "q")))
}

// Output:
// -45 11111111 -ff 1y2p0ij32e8e8
// 3.14 1e+21 1.200e-05
// 2 0.33333 0
// "hi\n\"there\"\t\x00é" "\u00e9\u4e16" '☺'
// true "\xff"
// "a\tb" <nil>
// invalid syntax
// [110 61 53] "q"
