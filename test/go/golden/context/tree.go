package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	child, cancelChild := context.WithTimeout(root, time.Hour)
	defer cancelChild()
	grand := context.WithValue(child, "k", "v")
	cancelRoot()
	<-grand.Done()
	fmt.Println(child.Err(), grand.Err(), grand.Value("k"), grand.Value("missing"))
	sib, cancelSib := context.WithCancel(context.Background())
	inner, cancelInner := context.WithCancel(sib)
	cancelInner()
	fmt.Println(inner.Err(), sib.Err())
	cancelSib()
}

// Output:
// context canceled context canceled v <nil>
// context canceled <nil>
