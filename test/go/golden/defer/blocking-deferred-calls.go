package main

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

var mu sync.Mutex

func hold(d time.Duration) {
	mu.Lock()
	time.Sleep(d)
	mu.Unlock()
}

// blocking deferred calls run in order, and a later one still recovers the panic
func recoverAfterBlocking() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	defer time.Sleep(10 * time.Millisecond)
	defer fmt.Println("first deferred: does not block")
	defer func() {
		mu.Lock()
		fmt.Println("deferred lock taken")
		mu.Unlock()
	}()
	panic("boom")
}

// a deferred call that blocks, then panics: the new panic replaces the first
func panicAfterBlocking() (msg string) {
	defer func() { msg = fmt.Sprint("recovered: ", recover()) }()
	defer func() {
		time.Sleep(time.Millisecond)
		panic(errors.New("second"))
	}()
	defer fmt.Println("before the blocking one")
	panic("first")
}

// a deferred call blocks, later ones do not, and no panic happens
func noPanic() (n int) {
	defer func() { n *= 10 }()
	defer func() { time.Sleep(time.Millisecond); n++ }()
	defer func() { n++ }()
	return 1
}

func main() {
	go hold(5 * time.Millisecond)
	time.Sleep(time.Millisecond)
	start := time.Now()
	fmt.Println(recoverAfterBlocking())
	el := time.Since(start)
	fmt.Println(el >= 14*time.Millisecond, el < 100*time.Millisecond)
	fmt.Println(panicAfterBlocking())
	fmt.Println(noPanic())
	defer fmt.Println("main's defer after a blocking one")
	defer time.Sleep(time.Second)
}

// Output:
// deferred lock taken
// first deferred: does not block
// recovered: boom
// true true
// before the blocking one
// recovered: second
// 30
// main's defer after a blocking one
