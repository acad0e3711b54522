package main

func main() {
	println(1, -2, 1.5, 1e21, true, "s", 'x')
	print("no newline ", 3, "\n")
	var p *int
	println(p == nil, uint8(255), int64(-1)<<62)
	println()
	println(0.0, -0.0, 1.0/3)
}


// Output:
// Error:
// 1 -2 +1.500000e+000 +1.000000e+021 true s 120
// no newline 3
// true 255 -4611686018427387904
//
// +0.000000e+000 +0.000000e+000 +3.333333e-001
