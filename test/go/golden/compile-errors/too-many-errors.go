package main

func main() {
	a := 1
	b := 2
	c := 3
	d := 4
	e := 5
	f := 6
	g := 7
	h := 8
	i := 9
	j := 10
	k := 11
	l := 12
}

// Output:
// Error:
// main.go:4:2: declared and not used: a
// main.go:5:2: declared and not used: b
// main.go:6:2: declared and not used: c
// main.go:7:2: declared and not used: d
// main.go:8:2: declared and not used: e
// main.go:9:2: declared and not used: f
// main.go:10:2: declared and not used: g
// main.go:11:2: declared and not used: h
// main.go:12:2: declared and not used: i
// main.go:13:2: declared and not used: j
// main.go:13:2: too many errors
// Exit: 1
