package main

type Rows struct{}

func (r *Rows) Close() error { return nil }

func main() {
	r := &Rows{}
	r.close()
	r.Next()
	_ = r.count
}

// Output:
// Error:
// main.go:9:4: r.close undefined (type *Rows has no field or method close, but does have method Close)
// main.go:10:4: r.Next undefined (type *Rows has no field or method Next)
// main.go:11:8: r.count undefined (type *Rows has no field or method count)
// Exit: 1
