package main

import (
	"errors"
	"fmt"
)

type Stringer interface{ String() string }
type T struct{}

func (T) String() string { return "T!" }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case error:
		return "error " + x.Error()
	case Stringer:
		return "stringer " + x.String()
	case []int:
		return fmt.Sprint("slice ", len(x))
	case func() int:
		return fmt.Sprint("func ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	for _, v := range []any{nil, 1, int64(2), "abc", errors.New("boom"), T{}, []int{1}, func() int { return 7 }, 2.5, struct{}{}} {
		fmt.Println(describe(v))
	}
}

// Output:
// nil
// integer 1
// integer 2
// string of len 3
// error boom
// stringer T!
// slice 1
// func 7
// other float64
// other struct {}
