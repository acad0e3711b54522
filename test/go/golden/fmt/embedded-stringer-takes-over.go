package main

import (
	"fmt"
	"time"
)

type Label struct{ text string }

func (l Label) String() string { return "label:" + l.text }

type Item struct {
	Label
	Qty int
}

type Event struct {
	time.Duration
	Name string
}

func main() {
	fmt.Println(Item{Label{"x"}, 3})
	fmt.Printf("%v %+v %d\n", Item{Label{"y"}, 4}, Item{Label{"z"}, 5}, Item{Label{"w"}, 6})
	fmt.Println(Event{2 * time.Second, "tick"})
}

// Output:
// label:x
// label:y label:z {{%!d(string=w)} 6}
// 2s
