package main

import (
	"fmt"
	"time"
)

const timeout = 5 * time.Second
const ratio = 1.0 / 3
const huge = 1e300 * 1e300 / 1e300

type Level uint8

const (
	Debug Level = iota + 1
	Info
	Warn = Info * 10
)

func main() {
	fmt.Println(timeout, ratio, huge)
	fmt.Println(Debug, Info, Warn)
	fmt.Printf("%T %T %T\n", timeout, ratio, Warn)
	var f float32 = ratio
	fmt.Println(f)
	const c = 'a' + 1
	fmt.Println(c, string(rune(c)))
}

// Output:
// 5s 0.3333333333333333 1e+300
// 1 2 20
// time.Duration float64 main.Level
// 0.33333334
// 98 b
