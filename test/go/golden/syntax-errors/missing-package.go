import "fmt"

func main() {
	fmt.Println("x")
}

// Output:
// Error:
// main.go:1:1: expected 'package', found 'import'
// Exit: 1
