package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	var parts []string
	for i := -2; i <= 2; i++ {
		parts = append(parts, strconv.Itoa(i*1000))
	}
	fmt.Println(strings.Join(parts, ","))
	total := 0
	for _, p := range strings.Split("10,20,x,30", ",") {
		n, err := strconv.Atoi(p)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		total += n
	}
	fmt.Println(total)
}

// Output:
// -2000,-1000,0,1000,2000
// skip: strconv.Atoi: parsing "x": invalid syntax
// 60
