package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowQuery(ctx context.Context, d time.Duration) (string, error) {
	select {
	case <-time.After(d):
		return "rows", nil
	case <-ctx.Done():
		return "", fmt.Errorf("query: %w", ctx.Err())
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	fmt.Println(slowQuery(ctx, 10*time.Millisecond))
	r, err := slowQuery(ctx, time.Second)
	fmt.Printf("%q %v %v\n", r, err, errors.Is(err, context.DeadlineExceeded))
}

// Output:
// rows <nil>
// "" query: context deadline exceeded true
