package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	select {
	case <-time.After(time.Second):
		fmt.Println("work finished")
	case <-ctx.Done():
		fmt.Println("stopped:", ctx.Err())
	}
	_, hasDeadline := ctx.Deadline()
	fmt.Println(hasDeadline, ctx.Err() == context.DeadlineExceeded)
}

// Output:
// stopped: context deadline exceeded
// true true
