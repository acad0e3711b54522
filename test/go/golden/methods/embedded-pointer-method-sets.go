package main

import "fmt"

type Base struct{ id int }

func (b *Base) SetID(i int) { b.id = i }
func (b Base) ID() int      { return b.id }

type Derived struct {
	Base
	name string
}

type IDer interface {
	ID() int
	SetID(int)
}

func main() {
	d := &Derived{name: "x"}
	var i IDer = d
	i.SetID(9)
	fmt.Println(d.ID(), i.ID(), d.Base.id)
	d2 := Derived{}
	d2.SetID(3)
	fmt.Println(d2.ID())
}

// Output:
// 9 9 9
// 3
