package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c Counter) IncValue() { c.n++ }
func (c *Counter) Inc() { c.n++ }

func main() {
	var c Counter
	c.Inc()
	c.IncValue()
	fmt.Println(c.Get())
	p := &c
	p.Inc()
	fmt.Println(p.Get(), c.n)
	cs := []Counter{{}, {}}
	cs[0].Inc()
	for _, x := range cs {
		x.Inc()
	}
	fmt.Println(cs)
	for i := range cs {
		cs[i].Inc()
	}
	fmt.Println(cs)
}

// Output:
// 1
// 2 2
// [{1} {0}]
// [{2} {1}]
