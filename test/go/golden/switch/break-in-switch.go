package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			break
		default:
			fmt.Println("i =", i)
		}
	}
	var x any = 2.5
	switch x.(type) {
	case int:
		fmt.Println("int")
	case float64, float32:
		fmt.Println("float")
	}
}

// Output:
// i = 0
// i = 2
// float
