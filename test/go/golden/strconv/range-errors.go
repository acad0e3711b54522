package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	n, err := strconv.ParseInt("-9223372036854775809", 10, 64)
	fmt.Println(n, err, errors.Is(err, strconv.ErrRange))
	u, err := strconv.ParseUint("256", 10, 8)
	fmt.Println(u, err)
	i, err := strconv.ParseInt("-129", 10, 8)
	fmt.Println(i, err)
	_, err = strconv.ParseInt("12", 1, 64)
	fmt.Println(err)
	f, err := strconv.ParseFloat("-1e400", 64)
	fmt.Println(f, err)
}

// Output:
// -9223372036854775808 strconv.ParseInt: parsing "-9223372036854775809": value out of range true
// 255 strconv.ParseUint: parsing "256": value out of range
// -128 strconv.ParseInt: parsing "-129": value out of range
// strconv.ParseInt: parsing "12": invalid base 1
// -Inf strconv.ParseFloat: parsing "-1e400": value out of range
