package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

type ID int

func (id ID) String() string { return fmt.Sprintf("ID-%d", int(id)) }

func main() {
	c := Celsius(100)
	fmt.Println(CToF(c))
	fmt.Printf("%v %T\n", c, c)
	var id ID = 42
	fmt.Println(id)
	fmt.Printf("%d %v %s\n", id, id, id)
}

// Output:
// 212
// 100 main.Celsius
// ID-42
// 42 ID-42 ID-42
