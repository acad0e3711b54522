package main

type Repo struct{ rows map[int]string }

func (r *Repo) Get(id int) string { return r.rows[id] }

func load(r *Repo) string { return r.Get(1) }

func main() {
	var r *Repo
	println("before")
	_ = load(r)
}

// Output:
// Error:
// before
// panic: runtime error: invalid memory address or nil pointer dereference
// [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=?]
//
// goroutine 1 [running]:
// main.(*Repo).Get(...)
// 	main.go:5
// main.load(...)
// 	main.go:7
// main.main()
// 	main.go:12
// Exit: 2
