package tmap_test

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/mapkit-go/mapkit/encode"
	"github.com/mapkit-go/mapkit/tmap"
)

func ExampleMap() {
	var prices tmap.Map[string, int] // the zero value is ready to use
	prices.Set("pear", 3)
	prices.Set("apple", 2)
	prices.Set("fig", 5)
	prices.Delete("pear")
	for name, cents := range prices.All() {
		fmt.Println(name, cents)
	}
	// Output:
	// apple 2
	// fig 5
}

func ExampleMap_All_mutation() {
	m := tmap.From(map[int]string{1: "a", 2: "b", 3: "c"})
	for k, v := range m.All() {
		fmt.Println(k, v)
		if k == 1 {
			m.Delete(2)   // not reached yet: not yielded
			m.Set(0, "z") // before the current key: not yielded
			m.Set(9, "i") // after it: yielded
		}
	}
	// Output:
	// 1 a
	// 3 c
	// 9 i
}

func ExampleMap_MarshalJSON() {
	m := tmap.From(map[int]bool{10: true, 2: false, -1: true})
	out, _ := json.Marshal(m)
	fmt.Println(string(out)) // integer keys in encoding/json's order: by their text
	// Output:
	// {"-1":true,"10":true,"2":false}
}

func ExampleSorted() {
	stock := map[string]int{"b": 20, "c": 5, "a": 7}
	for item, n := range tmap.Sorted(stock) {
		fmt.Println(item, n)
	}
	// Output:
	// a 7
	// b 20
	// c 5
}

func ExampleSortedFunc() {
	type version struct{ major, minor int }
	released := map[version]string{{1, 10}: "late", {1, 2}: "early", {2, 0}: "next"}
	byVersion := func(a, b version) int {
		return cmp.Or(cmp.Compare(a.major, b.major), cmp.Compare(a.minor, b.minor))
	}
	for v, note := range tmap.SortedFunc(released, byVersion) {
		fmt.Printf("%d.%d %s\n", v.major, v.minor, note)
	}
	// Output:
	// 1.2 early
	// 1.10 late
	// 2.0 next
}

func ExampleMap2() {
	var hits tmap.Map2[string, string, int] // no inner map to create first
	hits.Set("/b", "GET", 4)
	hits.Set("/a", "POST", 1)
	hits.Set("/a", "GET", 9)
	for k, n := range hits.All() {
		fmt.Println(k.A, k.B, n)
	}
	for method, n := range hits.Group("/a") {
		fmt.Println("/a:", method, n)
	}
	// Output:
	// /a GET 9
	// /a POST 1
	// /b GET 4
	// /a: GET 9
	// /a: POST 1
}

func ExampleSync() {
	var s tmap.Sync[string, int]
	s.Set("b", 2)
	s.Set("a", 1)
	for k, v := range s.All() { // a consistent snapshot, even under concurrent writes
		fmt.Println(k, v)
	}
	// Output:
	// a 1
	// b 2
}

func ExampleFromAny() {
	var doc map[string]any
	_ = json.Unmarshal([]byte(`{"retries": 3, "timeout_ms": 250}`), &doc)
	limits, err := tmap.FromAny[int](doc)
	fmt.Println(limits.Len(), err)

	_ = json.Unmarshal([]byte(`{"retries": 3.5, "timeout_ms": "fast"}`), &doc)
	_, err = tmap.FromAny[int](doc)
	var de *encode.DecodeError
	if errors.As(err, &de) {
		for _, pe := range de.Errors {
			fmt.Println(pe.Path)
		}
	}
	// Output:
	// 2 <nil>
	// retries
	// timeout_ms
}
