package main

import "fmt"

type Greeter struct{ name string }

func (g Greeter) Hello(to string) string { return g.name + " greets " + to }
func (g *Greeter) Rename(n string) { g.name = n }

func main() {
	g := Greeter{"ann"}
	f := g.Hello
	g.name = "bob"
	fmt.Println(f("x"))
	r := g.Rename
	r("cid")
	fmt.Println(g.name)
	h := Greeter.Hello
	fmt.Println(h(g, "y"))
	pr := (*Greeter).Rename
	pr(&g, "dan")
	fmt.Println(g.Hello("z"))
}

// Output:
// ann greets x
// cid
// cid greets y
// dan greets z
