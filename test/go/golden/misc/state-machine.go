package main

import "fmt"

type State int

const (
	Idle State = iota
	Running
	Stopped
)

func (s State) String() string {
	switch s {
	case Idle:
		return "Idle"
	case Running:
		return "Running"
	case Stopped:
		return "Stopped"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

func next(s State, ev string) (State, error) {
	switch {
	case s == Idle && ev == "start":
		return Running, nil
	case s == Running && ev == "stop":
		return Stopped, nil
	}
	return s, fmt.Errorf("invalid event %q in state %v", ev, s)
}

func main() {
	s := Idle
	for _, ev := range []string{"start", "start", "stop"} {
		var err error
		s, err = next(s, ev)
		fmt.Println(s, err)
	}
	fmt.Println(State(9))
	fmt.Printf("%v %d %s\n", Running, Running, Stopped)
}

// Output:
// Running <nil>
// Running invalid event "start" in state Running
// Stopped <nil>
// State(9)
// Running 1 Stopped
