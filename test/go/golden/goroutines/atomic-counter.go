package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n atomic.Int64
	var old int32
	var flag atomic.Bool
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n.Add(2)
			atomic.AddInt32(&old, 1)
			flag.Store(true)
		}()
	}
	wg.Wait()
	fmt.Println(n.Load(), atomic.LoadInt32(&old), flag.Load())
	fmt.Println(n.CompareAndSwap(100, 1), n.Load(), n.Swap(7), n.Load())
	var v atomic.Value
	v.Store("cfg")
	fmt.Println(v.Load())
}

// Output:
// 100 50 true
// true 1 1 7
// cfg
