// A deadline at the zero time has passed at once (and reads back as the zero time); encoding/json writes times counted from year 1.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"time"
)

type E struct {
	At time.Time
}

func main() {
	var t time.Time
	ctx, cancel := context.WithDeadline(context.Background(), t)
	defer cancel()
	d, ok := ctx.Deadline()
	fmt.Println(d, ok, ctx.Err())
	<-ctx.Done()
	ctx2, cancel2 := context.WithDeadline(context.Background(), t.Add(time.Hour))
	defer cancel2()
	fmt.Println(ctx2.Err())
	b, err := json.Marshal(E{At: t.Add(1500 * time.Millisecond)})
	fmt.Println(string(b), err)
	b, err = json.Marshal(E{})
	fmt.Println(string(b), err)
}

// Output:
// 0001-01-01 00:00:00 +0000 UTC true context deadline exceeded
// context deadline exceeded
// {"At":"0001-01-01T00:00:01.5Z"} <nil>
// {"At":"0001-01-01T00:00:00Z"} <nil>
