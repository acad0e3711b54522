package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	var ids []int
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			ids = append(ids, id)
		}(i)
	}
	wg.Wait()
	sort.Ints(ids)
	fmt.Println(len(ids), ids[0], ids[19])
}

// Output:
// 20 0 19
