package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	jobs := make(chan string, 3)
	jobs <- "a"
	jobs <- "b"
	jobs <- "c"
	close(jobs)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var seen []string
	for j := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			seen = append(seen, j+j)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Strings(seen)
	fmt.Println(seen)
}

// Output:
// [aa bb cc]
