package main

import (
	"fmt"
	"strings"
)

type Logger interface{ Log(string) }

type prefixLogger struct {
	prefix string
	lines  *[]string
}

func (p prefixLogger) Log(s string) { *p.lines = append(*p.lines, p.prefix+s) }

type Service struct {
	Logger
	name string
}

func main() {
	var lines []string
	s := Service{prefixLogger{"[svc] ", &lines}, "db"}
	s.Log("start")
	s.Logger.Log("direct")
	var l Logger = s
	l.Log("via interface")
	fmt.Println(strings.Join(lines, "\n"))
}

// Output:
// [svc] start
// [svc] direct
// [svc] via interface
