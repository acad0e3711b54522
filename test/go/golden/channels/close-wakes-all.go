package main

import (
	"fmt"
	"sync"
)

func main() {
	done := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	woken := 0
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-done
			mu.Lock()
			woken++
			mu.Unlock()
		}()
	}
	close(done)
	wg.Wait()
	fmt.Println("woken:", woken)
}

// Output:
// woken: 5
