package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-7", "abc", "", "99999999999999999999", "3.5", " 1", "+5"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	_, err := strconv.Atoi("x")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrSyntax))
}

// Output:
// 42 <nil>
// -7 <nil>
// 0 strconv.Atoi: parsing "abc": invalid syntax
// 0 strconv.Atoi: parsing "": invalid syntax
// 9223372036854775807 strconv.Atoi: parsing "99999999999999999999": value out of range
// 0 strconv.Atoi: parsing "3.5": invalid syntax
// 0 strconv.Atoi: parsing " 1": invalid syntax
// 5 <nil>
// true Atoi x invalid syntax true
