package main

import "log"

func main() {
	log.SetFlags(0)
	log.Fatalln("fatal", "with", 3, "args")
}

// Output:
// Error:
// fatal with 3 args
// Exit: 1
