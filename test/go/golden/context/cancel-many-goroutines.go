package main

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var stopped atomic.Int32
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-ctx.Done()
			stopped.Add(1)
		}()
	}
	cancel()
	wg.Wait()
	fmt.Println("stopped:", stopped.Load(), ctx.Err())
}

// Output:
// stopped: 20 context canceled
