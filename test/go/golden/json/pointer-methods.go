package main

import (
	"encoding/json"
	"fmt"
)

type Cents int64

func (c *Cents) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%d.%02d"`, int64(*c)/100, int64(*c)%100)), nil
}

type Stamp struct{ N int }

func (s *Stamp) MarshalText() ([]byte, error) { return []byte(fmt.Sprint("t", s.N)), nil }

type Line struct {
	Price Cents
	At    Stamp
	Ptr   *Cents
}

func show(v any) {
	b, err := json.Marshal(v)
	fmt.Println(string(b), err)
}

func main() {
	c := Cents(1234)
	l := Line{Price: 250, At: Stamp{3}, Ptr: &c}
	show(l)
	show(&l)
	show([]Line{l})
	show([]Cents{5, 199})
	show([2]Cents{1, 2})
	show(map[string]Cents{"a": 7})
	show(c)
	show(&c)
}

// Output:
// {"Price":250,"At":{"N":3},"Ptr":"12.34"} <nil>
// {"Price":"2.50","At":"t3","Ptr":"12.34"} <nil>
// [{"Price":"2.50","At":"t3","Ptr":"12.34"}] <nil>
// ["0.05","1.99"] <nil>
// [1,2] <nil>
// {"a":7} <nil>
// 1234 <nil>
// "12.34" <nil>
