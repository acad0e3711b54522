package main

import "fmt"

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func zero() (n int, s string, err error) { return }

func shadow() (r int) {
	r = 1
	{
		r := 2
		_ = r
	}
	return
}

func main() {
	fmt.Println(split(17))
	fmt.Println(zero())
	fmt.Println(shadow())
}

// Output:
// 7 10
// 0  <nil>
// 1
