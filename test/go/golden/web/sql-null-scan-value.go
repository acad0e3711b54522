package main

import (
	"database/sql"
	"fmt"
)

func main() {
	var ns sql.NullString
	fmt.Println(ns.Scan("hi"), ns.String, ns.Valid)
	fmt.Println(ns.Scan(nil), ns.String == "", ns.Valid)
	fmt.Println(ns.Scan(int64(42)), ns.String, ns.Valid)
	fmt.Println(ns.Scan([]byte("bytes")), ns.String, ns.Valid)
	v, err := ns.Value()
	fmt.Printf("%v %T %v\n", v, v, err)
	var ni sql.NullInt64
	fmt.Println(ni.Scan("12"), ni.Int64, ni.Valid)
	fmt.Println(ni.Scan("x"), ni.Int64, ni.Valid)
	fmt.Println(ni.Scan(3.5))
	fmt.Println(ni.Scan(true))
	v, _ = ni.Value()
	fmt.Printf("%v %T\n", v, v)
	ni = sql.NullInt64{}
	v, err = ni.Value()
	fmt.Printf("%v %T %v\n", v, v, err)
	var nb sql.NullBool
	fmt.Println(nb.Scan(int64(1)), nb.Bool, nb.Valid)
	fmt.Println(nb.Scan("maybe"), nb.Bool, nb.Valid)
	fmt.Println(nb.Scan(int64(2)))
	fmt.Println(nb.Scan(nil), nb.Bool, nb.Valid)
	v, _ = nb.Value()
	fmt.Printf("%v %T\n", v, v)
	var nf sql.NullFloat64
	fmt.Println(nf.Scan([]byte("2.5")), nf.Float64, nf.Valid)
	fmt.Println(nf.Scan(int64(7)), nf.Float64, nf.Valid)
	fmt.Println(nf.Scan("1e400"))
	v, _ = nf.Value()
	fmt.Printf("%v %T\n", v, v)
	p := &sql.NullString{String: "ptr", Valid: true}
	v, _ = p.Value()
	fmt.Println(v)
}


// Output:
// <nil> hi true
// <nil> true false
// <nil> 42 true
// <nil> bytes true
// bytes string <nil>
// <nil> 12 true
// converting driver.Value type string ("x") to a int64: invalid syntax 12 true
// converting driver.Value type float64 ("3.5") to a int64: invalid syntax
// converting driver.Value type bool ("true") to a int64: invalid syntax
// 12 int64
// <nil> <nil> <nil>
// <nil> true true
// sql/driver: couldn't convert "maybe" into type bool true true
// sql/driver: couldn't convert 2 into type bool
// <nil> false false
// <nil> <nil>
// <nil> 2.5 true
// <nil> 7 true
// converting driver.Value type string ("1e400") to a float64: value out of range
// 7 float64
// ptr
