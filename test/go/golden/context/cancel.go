package main

import (
	"context"
	"errors"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	fmt.Println(ctx.Err())
	cancel()
	<-ctx.Done()
	fmt.Println(ctx.Err(), errors.Is(ctx.Err(), context.Canceled))
	cancel()
	fmt.Println(ctx.Err())
	_, ok := ctx.Deadline()
	fmt.Println(ok)
}

// Output:
// <nil>
// context canceled true
// context canceled
// false
