package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.ParseInt("ff", 16, 64))
	fmt.Println(strconv.ParseInt("-101", 2, 8))
	fmt.Println(strconv.ParseInt("300", 10, 8))
	fmt.Println(strconv.ParseInt("0x1f", 0, 64))
	fmt.Println(strconv.ParseUint("-1", 10, 64))
	fmt.Println(strconv.ParseFloat("3.25", 64))
	fmt.Println(strconv.ParseFloat("1e400", 64))
	fmt.Println(strconv.ParseFloat("nope", 64))
	fmt.Println(strconv.ParseBool("true"))
	fmt.Println(strconv.ParseBool("yes"))
}

// Output:
// 255 <nil>
// -5 <nil>
// 127 strconv.ParseInt: parsing "300": value out of range
// 31 <nil>
// 0 strconv.ParseUint: parsing "-1": invalid syntax
// 3.25 <nil>
// +Inf strconv.ParseFloat: parsing "1e400": value out of range
// 0 strconv.ParseFloat: parsing "nope": invalid syntax
// true <nil>
// false strconv.ParseBool: parsing "yes": invalid syntax
