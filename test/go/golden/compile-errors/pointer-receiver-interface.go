package main

type Closer interface{ Close() error }

type File struct{}

func (f *File) Close() error { return nil }

func main() {
	var c Closer = File{}
	_ = c
}

// Output:
// Error:
// main.go:10:17: cannot use File{} (value of type File) as Closer value in variable declaration: File does not implement Closer (method Close has pointer receiver)
// Exit: 1
