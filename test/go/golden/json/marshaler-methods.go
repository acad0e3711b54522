package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
)

type Level int

func (l Level) MarshalJSON() ([]byte, error) {
	if l < 0 {
		return nil, errors.New("negative level")
	}
	return []byte(fmt.Sprintf(`{ "level" : %d }`, int(l))), nil
}

type Color int

func (c Color) MarshalText() ([]byte, error) {
	return []byte([]string{"red", "green"}[c]), nil
}

type Base struct {
	ID   int
	Name string
}

type Named struct {
	Base
	Name string
}

type Tagged struct {
	A int `json:"x"`
	B int `json:"x"`
	C int
}

func main() {
	enc := json.NewEncoder(os.Stdout)
	fmt.Println(enc.Encode(Level(3)))
	fmt.Println(enc.Encode([]Level{1, 2}))
	err := enc.Encode(Level(-1))
	fmt.Printf("%T %v\n", err, err)
	fmt.Println(enc.Encode(map[Color]Color{0: 1, 1: 0}))
	fmt.Println(enc.Encode(Named{Base{1, "inner"}, "outer"}))
	fmt.Println(enc.Encode(Tagged{1, 2, 3}))
	_, err = json.Marshal(make(chan int))
	fmt.Printf("%T %v\n", err, err)
	_, err = json.Marshal(func() {})
	fmt.Println(err)
}

// Output:
// {"level":3}
// <nil>
// [{"level":1},{"level":2}]
// <nil>
// *json.MarshalerError json: error calling MarshalJSON for type main.Level: negative level
// {"green":"red","red":"green"}
// <nil>
// {"ID":1,"Name":"outer"}
// <nil>
// {"C":3}
// <nil>
// *json.UnsupportedTypeError json: unsupported type: chan int
// json: unsupported type: func()
