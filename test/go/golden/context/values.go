package main

import (
	"context"
	"fmt"
)

type ctxKey string

func main() {
	ctx := context.WithValue(context.Background(), ctxKey("user"), "ann")
	ctx = context.WithValue(ctx, ctxKey("req"), 42)
	fmt.Println(ctx.Value(ctxKey("user")), ctx.Value(ctxKey("req")), ctx.Value("user"))
	fmt.Println(context.TODO().Err(), context.Background().Done() == nil)
}

// Output:
// ann 42 <nil>
// <nil> true
