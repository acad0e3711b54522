package main

func helper() {}

// Output:
// Error:
// runtime.main_main·f: function main is undeclared in the main package
// Exit: 1
