package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body")
}

// Output:
// body
// deferred 2
// deferred 1
// deferred 0
