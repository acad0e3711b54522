package main

import (
	"errors"
	"fmt"
)

func catch(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
		if err, ok := r.(error); ok {
			fmt.Println("is error:", err.Error())
		}
	}()
	f()
}

func main() {
	catch(func() { panic("str") })
	catch(func() { panic(42) })
	catch(func() { panic(errors.New("custom")) })
	catch(func() { panic(fmt.Sprintf("%d", 7)) })
	catch(func() { var m map[string]int; m["a"] = 1 })
	catch(func() { var s []int; _ = s[3] })
	catch(func() {})
}

// Output:
// string str
// int 42
// *errors.errorString custom
// is error: custom
// string 7
// runtime.plainError assignment to entry in nil map
// is error: assignment to entry in nil map
// runtime.boundsError runtime error: index out of range [3] with length 0
// is error: runtime error: index out of range [3] with length 0
// <nil> <nil>
