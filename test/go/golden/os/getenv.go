package main

import (
	"fmt"
	"os"
)

func main() {
	v := os.Getenv("LEAKPROOF_SURELY_UNSET_VAR")
	fmt.Printf("%q\n", v)
	_, ok := os.LookupEnv("LEAKPROOF_SURELY_UNSET_VAR")
	fmt.Println(ok)
}

// Output:
// ""
// false
