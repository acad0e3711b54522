package main

type Stringer interface{ String() string }

type T struct{}

func (T) String() int { return 0 }

func main() {
	var s Stringer = T{}
	_ = s
}

// Output:
// Error:
// main.go:10:19: cannot use T{} (value of type T) as Stringer value in variable declaration: T does not implement Stringer (wrong type for method String)
// 		have String() int
// 		want String() string
// Exit: 1
