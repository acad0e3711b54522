package main

import (
	"expvar"
	"fmt"
)

type pool struct {
	Open  int
	InUse int `json:"in_use"`
	name  string
}

func main() {
	hits := expvar.NewInt("hits")
	hits.Add(3)
	hits.Add(-1)
	ratio := expvar.NewFloat("ratio")
	ratio.Set(0.25)
	ratio.Add(1e21)
	label := expvar.NewString("label")
	label.Set("<a & b>\n\"q\"")
	m := expvar.NewMap("by_route")
	m.Add("/users", 2)
	m.Add("/orders", 1)
	m.AddFloat("/lat", 0.5)
	m.Set("name", label)
	expvar.Publish("pool", expvar.Func(func() any { return pool{Open: 3, InUse: 1, name: "x"} }))
	fmt.Println(hits.String(), hits.Value())
	fmt.Println(ratio.String(), ratio.Value())
	fmt.Println(label.String(), label.Value())
	fmt.Println(m.String())
	fmt.Println(m.Get("/users"), m.Get("missing") == nil)
	fmt.Println(expvar.Get("pool").String())
	fmt.Println(expvar.Get("nope") == nil)
	expvar.Do(func(kv expvar.KeyValue) {
		if kv.Key != "memstats" && kv.Key != "cmdline" {
			fmt.Println(kv.Key, kv.Value)
		}
	})
	m.Do(func(kv expvar.KeyValue) { fmt.Println("map:", kv.Key) })
}

// Output:
// 2 2
// 1e+21 1e+21
// "\u003ca \u0026 b\u003e\n\"q\"" <a & b>
// "q"
// {"/lat": 0.5, "/orders": 1, "/users": 2, "name": "\u003ca \u0026 b\u003e\n\"q\""}
// 2 true
// {"Open":3,"in_use":1}
// true
// by_route {"/lat": 0.5, "/orders": 1, "/users": 2, "name": "\u003ca \u0026 b\u003e\n\"q\""}
// hits 2
// label "\u003ca \u0026 b\u003e\n\"q\""
// pool {"Open":3,"in_use":1}
// ratio 1e+21
// map: /lat
// map: /orders
// map: /users
// map: name
