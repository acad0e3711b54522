package main

import (
	"fmt"
	"math/rand"
)

func main() {
	rand.Seed(7)
	fmt.Println(rand.Intn(1000), rand.Int63(), rand.Int31n(1000), rand.Int63n(1000000000000000))
	fmt.Println(rand.Int63n(1<<40), rand.Intn(1<<40), rand.Int())
	fmt.Printf("%.9f\n", rand.Float64())
	fmt.Println(rand.Perm(6))
	s := []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"}
	rand.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	rand.Seed(7)
	fmt.Println(rand.Intn(1000))
}

// Output:
// 886 2135276795452531224 853 677068955557379
// 295219132682 1051407119569 3267053941292884469
// 0.342682052
// [4 3 5 0 1 2]
// [c i e d a h g f j b]
// 886
