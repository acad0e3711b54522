package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	stop := context.AfterFunc(ctx, func() {
		fmt.Println("cleanup after cancel")
		close(done)
	})
	cancel()
	<-done
	fmt.Println(stop())
}

// Output:
// cleanup after cancel
// false
