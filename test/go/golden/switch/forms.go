package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	default:
		return "large"
	}
}

func main() {
	for _, n := range []int{-1, 0, 5, 50} {
		fmt.Print(classify(n), " ")
	}
	fmt.Println()
	switch x := 3; x {
	case 1, 2:
		fmt.Println("one or two")
	case 3:
		fmt.Println("three")
		fallthrough
	case 4:
		fmt.Println("fell into four")
	case 5:
		fmt.Println("five")
	}
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("matched expression")
	}
	switch {
	default:
		fmt.Println("default first")
	case false:
	}
}

// Output:
// negative zero small large 
// three
// fell into four
// matched expression
// default first
