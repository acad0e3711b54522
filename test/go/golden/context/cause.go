package main

import (
	"context"
	"errors"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(errors.New("shutting down"))
	fmt.Println(ctx.Err(), context.Cause(ctx))
	c2, cancel2 := context.WithCancel(context.Background())
	cancel2()
	fmt.Println(context.Cause(c2))
}

// Output:
// context canceled shutting down
// context canceled
