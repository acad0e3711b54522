package main

import (
	"fmt"
	"net/url"
	"sort"
)

func main() {
	v, err := url.ParseQuery("b=2&a=1&a=one+%26+only&empty=&flag&x=%zz&y=ok")
	fmt.Println(err)
	keys := make([]string, 0, len(v))
	for k := range v {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%q=%q\n", k, v[k])
	}
	fmt.Println(v.Get("a"), v.Get("missing") == "", v.Has("flag"), v.Has("nope"), len(v))
	v.Set("a", "é & ü")
	v.Add("b", "3 4")
	v.Del("empty")
	fmt.Println(v.Encode())
	var nilv url.Values
	fmt.Println(nilv.Get("a"), nilv.Has("a"), nilv.Encode() == "")
	fmt.Println(url.QueryEscape("a b/c?d=e&f~g_h.i-j"))
	s, err := url.QueryUnescape("a%20b+c")
	fmt.Println(s, err)
	_, err = url.QueryUnescape("bad%2")
	fmt.Println(err)
	_, err = url.ParseQuery("a=1;b=2")
	fmt.Println(err)
	u := url.Values{"k": {"v1", "v2"}}
	fmt.Println(u.Encode(), u["k"][1])
}

// Output:
// invalid URL escape "%zz"
// "a"=["1" "one & only"]
// "b"=["2"]
// "empty"=[""]
// "flag"=[""]
// "y"=["ok"]
// 1 true true false 5
// a=%C3%A9+%26+%C3%BC&b=2&b=3+4&flag=&y=ok
//  false true
// a+b%2Fc%3Fd%3De%26f~g_h.i-j
// a b c <nil>
// invalid URL escape "%2"
// invalid semicolon separator in query
// k=v1&k=v2 v2
