package tmap_test

import (
	"encoding/json"
	"fmt"
	"sync"

	"github.com/mapkit-go/mapkit/tmap"
)

func ExampleMap_Ascend() {
	m := tmap.From(map[int]string{10: "a", 20: "b", 30: "c", 40: "d"})
	for k, v := range m.Ascend(15) { // keys >= 15; break to end the range
		if k >= 40 {
			break
		}
		fmt.Println(k, v)
	}
	for k := range m.Descend(25) { // keys <= 25, descending
		fmt.Println("down", k)
	}
	// Output:
	// 20 b
	// 30 c
	// down 20
	// down 10
}

func ExampleMap_Backward() {
	m := tmap.From(map[string]int{"a": 1, "b": 2, "c": 3})
	for k, v := range m.Backward() {
		fmt.Println(k, v)
	}
	// Output:
	// c 3
	// b 2
	// a 1
}

func ExampleMap_Floor() {
	deadlines := tmap.From(map[int]string{9: "standup", 12: "lunch", 17: "review"})
	_, now, _ := deadlines.Floor(13) // the latest at or before 13
	_, next, _ := deadlines.Ceiling(13)
	_, _, ok := deadlines.Floor(8)
	fmt.Println(now, next, ok)
	first, _, _ := deadlines.Min()
	last, _, _ := deadlines.Max()
	k, v, _ := deadlines.At(1)
	fmt.Println(first, last, k, v, deadlines.Rank(13))
	// Output:
	// lunch review false
	// 9 17 12 lunch 2
}

func ExampleMap_PopMin() {
	queue := tmap.From(map[int]string{3: "c", 1: "a", 2: "b"})
	for queue.Len() > 0 {
		prio, job, _ := queue.PopMin()
		fmt.Println(prio, job)
	}
	// Output:
	// 1 a
	// 2 b
	// 3 c
}

func ExampleMap_Update() {
	var words tmap.Map[string, int]
	for _, w := range []string{"b", "a", "b", "c", "b"} {
		words.Update(w, func(n int, _ bool) int { return n + 1 }) // one lookup
	}
	fmt.Println(words)
	words.Compute("c", func(n int, _ bool) (int, bool) { return n, n > 1 }) // drop rare words
	fmt.Println(words, words.Has("c"))
	// Output:
	// map[a:1 b:3 c:1]
	// map[a:1 b:3] false
}

func ExampleMap_copy() {
	type registry struct {
		ByName tmap.Map[string, int] // held by value
	}
	var r registry
	r.ByName.Set("b", 2)
	r.ByName.Set("a", 1)
	c := r // a copy refers to the same entries, as with a Go map
	c.ByName.Set("c", 3)
	out, _ := json.Marshal(r)
	fmt.Println(r, string(out))
	// Output:
	// {map[a:1 b:2 c:3]} {"ByName":{"a":1,"b":2,"c":3}}
}

func ExampleMap2_MarshalJSON() {
	var hits tmap.Map2[string, string, int]
	hits.Set("/b", "GET", 4)
	hits.Set("/a", "POST", 1)
	hits.Set("/a", "GET", 9)
	out, _ := json.Marshal(hits) // the JSON of map[string]map[string]int
	fmt.Println(string(out))
	fmt.Println(hits)
	// Output:
	// {"/a":{"GET":9,"POST":1},"/b":{"GET":4}}
	// map[/a:map[GET:9 POST:1] /b:map[GET:4]]
}

func ExampleSync_Compute() {
	var s tmap.Sync[string, int]
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 1000 {
				s.Compute("hits", func(n int, _ bool) (int, bool) { return n + 1, true })
			}
		}()
	}
	wg.Wait()
	fmt.Println(&s)
	// Output:
	// map[hits:8000]
}

func ExampleSync_LoadOrStore() {
	var sessions tmap.Sync[string, int]
	v, loaded := sessions.LoadOrStore("ann", 1)
	fmt.Println(v, loaded)
	v, loaded = sessions.LoadOrStore("ann", 2)
	fmt.Println(v, loaded)
	fmt.Println(sessions.CompareAndSwap("ann", 1, 5))
	prev, _ := sessions.Swap("ann", 6)
	last, _ := sessions.LoadAndDelete("ann")
	fmt.Println(prev, last, sessions.Len())
	// Output:
	// 1 false
	// 1 true
	// true
	// 5 6 0
}
