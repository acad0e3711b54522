package main

import (
	"errors"
	"fmt"
	"time"
)

type Row struct {
	ID      int
	Name    string
	Err     error
	Timeout time.Duration
	Tags    map[string]bool
	Next    *Row
}

func main() {
	r := Row{1, "a", errors.New("bad"), 3 * time.Second, map[string]bool{"x": true}, &Row{ID: 2}}
	fmt.Println(r.ID, r.Name, r.Err, r.Timeout, r.Tags, r.Next.ID)
	fmt.Printf("%v\n", r.Timeout)
	fmt.Printf("%+v\n", []Row{{ID: 3}})
	fmt.Println([]error{errors.New("x"), nil})
}

// Output:
// 1 a bad 3s map[x:true] 2
// 3s
// [{ID:3 Name: Err:<nil> Timeout:0s Tags:map[] Next:<nil>}]
// [x <nil>]
