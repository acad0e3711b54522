package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"time"
)

type Inner struct {
	Note string `json:"note,omitempty"`
	N    int
}

type Order struct {
	ID      int64             `json:"id"`
	Total   float64           `json:"total"`
	Skus    []string          `json:"skus"`
	Tags    map[string]int    `json:"tags,omitempty"`
	Hidden  string            `json:"-"`
	Dash    string            `json:"-,"`
	secret  string
	Count   int               `json:"count,string"`
	Ptr     *int              `json:"ptr"`
	Any     any               `json:"any"`
	Raw     []byte            `json:"raw"`
	Wait    time.Duration     `json:"wait"`
	Inner
	Extra   map[int]bool      `json:"extra"`
}

func show(v any) {
	b, err := json.Marshal(v)
	fmt.Printf("%s %v\n", b, err)
}

func main() {
	seven := 7
	o := Order{ID: 42, Total: 19.5, Skus: []string{"a<b", "c&d"}, Hidden: "h", Dash: "d", secret: "s", Count: 3,
		Ptr: &seven, Any: map[string]any{"z": 1, "a": []int{1, 2}}, Raw: []byte("hi!"), Wait: 1500 * time.Millisecond,
		Inner: Inner{N: 2}, Extra: map[int]bool{10: true, 2: false}}
	show(o)
	show(Order{})
	show([]float64{0, 1, -1.5, 1e20, 1e21, 1e-6, 1e-7, 123456789.125, 3.0})
	show(float32(0.1))
	show("quote\" backslash\\ tab\t nl\n bell\a \u2028 é <>&")
	show(nil)
	show([]int(nil))
	show(map[string]int(nil))
	show(struct{}{})
	show(math.NaN())
	show(math.Inf(-1))
	show(make(chan int))
	show(map[bool]int{true: 1})
	show(errNotFound)
	b, _ := json.MarshalIndent(map[string]any{"b": []int{1, 2}, "a": map[string]int{}, "c": []string{}}, "", "  ")
	fmt.Println(string(b))
	enc := json.NewEncoder(os.Stdout)
	enc.Encode(map[string]int64{"max_open": 10, "in_use": 3})
	enc.Encode("<tag>")
	enc.SetEscapeHTML(false)
	enc.Encode("<tag>")
	enc.SetIndent(">", "\t")
	enc.Encode([]any{1, "x", nil, true})
	fmt.Println(json.Valid([]byte(`{"a":1}`)), json.Valid([]byte(`{a:1}`)))
}

var errNotFound = fmt.Errorf("not found")

// Output:
// {"id":42,"total":19.5,"skus":["a\u003cb","c\u0026d"],"-":"d","count":"3","ptr":7,"any":{"a":[1,2],"z":1},"raw":"aGkh","wait":1500000000,"N":2,"extra":{"10":true,"2":false}} <nil>
// {"id":0,"total":0,"skus":null,"-":"","count":"0","ptr":null,"any":null,"raw":null,"wait":0,"N":0,"extra":null} <nil>
// [0,1,-1.5,100000000000000000000,1e+21,0.000001,1e-7,123456789.125,3] <nil>
// 0.1 <nil>
// "quote\" backslash\\ tab\t nl\n bell\u0007 \u2028 é \u003c\u003e\u0026" <nil>
// null <nil>
// null <nil>
// null <nil>
// {} <nil>
//  json: unsupported value: NaN
//  json: unsupported value: -Inf
//  json: unsupported type: chan int
//  json: unsupported type: map[bool]int
// {} <nil>
// {
//   "a": {},
//   "b": [
//     1,
//     2
//   ],
//   "c": []
// }
// {"in_use":3,"max_open":10}
// "\u003ctag\u003e"
// "<tag>"
// [
// >	1,
// >	"x",
// >	null,
// >	true
// >]
// true false
