package main

import "fmt"

type Tracker struct{ calls []string }

func (t *Tracker) track(name string) func() {
	t.calls = append(t.calls, "start "+name)
	return func() { t.calls = append(t.calls, "end "+name) }
}

func main() {
	t := &Tracker{}
	func() {
		defer t.track("outer")()
		func() {
			defer t.track("inner")()
		}()
	}()
	fmt.Println(t.calls)
}

// Output:
// [start outer start inner end inner end outer]
