package main

import (
	"errors"
	"fmt"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Both struct{}

func (Both) String() string { return "string" }
func (Both) Error() string  { return "error wins" }

type PtrStringer struct{ n int }

func (p *PtrStringer) String() string { return fmt.Sprint("ptr ", p.n) }

func main() {
	fmt.Println(Temp(21.5), []Temp{1, 2})
	fmt.Printf("%v %s %d %.2f\n", Temp(3), Temp(3), 7, Temp(3))
	fmt.Println(Both{})
	fmt.Println(errors.New("plain"))
	v := PtrStringer{5}
	fmt.Println(v, &v)
	m := map[string]Temp{"x": 10}
	fmt.Println(m)
}

// Output:
// 21.5°C [1.0°C 2.0°C]
// 3.0°C 3.0°C 7 3.00
// error wins
// plain
// {5} ptr 5
// map[x:10.0°C]
