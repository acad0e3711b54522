package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	d := time.Now().Add(30 * time.Millisecond)
	ctx, cancel := context.WithDeadline(context.Background(), d)
	defer cancel()
	dl, ok := ctx.Deadline()
	fmt.Println(dl.Equal(d), ok)
	<-ctx.Done()
	fmt.Println(ctx.Err())
	past, cancel2 := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel2()
	fmt.Println(past.Err())
}

// Output:
// true true
// context deadline exceeded
// context deadline exceeded
