package main

import "fmt"

type Meta struct {
	Created int `json:"created"`
}

func (m *Meta) Touch() { m.Created++ }

type Doc struct {
	*Meta
	Title string `json:"title"`
}

func main() {
	d := Doc{&Meta{1}, "t"}
	d.Touch()
	d.Touch()
	fmt.Println(d.Created, d.Title)
	var empty Doc
	defer func() { fmt.Println("recovered:", recover()) }()
	empty.Touch()
}

// Output:
// 3 t
// recovered: runtime error: invalid memory address or nil pointer dereference
