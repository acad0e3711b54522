package main

import "fmt"

type P struct {
	X int
	S string
}

func main() {
	p := P{1, "a"}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%v|%+v|%#v|%T\n", &p, &p, []int{1}, []string{"x"})
	fmt.Printf("%d|%5d|%-5d|%05d|%x|%X|%o|%b|%c|%U|%q\n", 42, 42, 42, 42, 255, 255, 8, 5, 'G', 'G', 'G')
	fmt.Printf("%s|%q|%10s|%-10s|%.2s|%x\n", "go", "go", "go", "go", "golang", "go")
	fmt.Printf("%t|%v|%5t|\n", true, false, true)
	fmt.Printf("%%|%v|%d\n", nil, []int{1, 2})
}

// Output:
// {1 a}|{X:1 S:a}|main.P{X:1, S:"a"}|main.P
// &{1 a}|&{X:1 S:a}|[]int{1}|[]string
// 42|   42|42   |00042|ff|FF|10|101|G|U+0047|'G'
// go|"go"|        go|go        |go|676f
// true|false| true|
// %|<nil>|[1 2]
