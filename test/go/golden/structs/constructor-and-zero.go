package main

import "fmt"

type Config struct {
	Host    string
	Port    int
	Verbose bool
	Limits  []int
}

func NewConfig(host string) *Config {
	return &Config{Host: host, Port: 3306}
}

func main() {
	c := NewConfig("db")
	fmt.Printf("%+v\n", *c)
	var z Config
	fmt.Printf("%+v %v\n", z, z.Limits == nil)
	n := new(Config)
	n.Port = 1
	fmt.Println(n.Port, n.Host == "")
}

// Output:
// {Host:db Port:3306 Verbose:false Limits:[]}
// {Host: Port:0 Verbose:false Limits:[]} true
// 1 true
