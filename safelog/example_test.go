package safelog_test

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"os"

	"github.com/mapkit-go/mapkit/safelog"
)

func ExampleFormat() {
	order := map[string]any{
		"id":    "A-1001",
		"items": []any{"apple", "pear", "plum", "fig"},
		"note":  "leave at the door\nlevel=ERROR forged",
		"total": 12.5,
		"paid":  true,
	}
	fmt.Println(safelog.Format(order, safelog.Limits{MaxKeys: 3, MaxString: 10}))
	fmt.Println(safelog.Format(order, safelog.Limits{MaxBytes: 50}))
	// Output:
	// map[id:A-1001 items:[apple pear plum ...+1] note:leave at t...+26B ...+2]
	// map[id:A-1001 items:[apple pear plum fig] ...+3]
}

func ExampleFormat_noLimits() {
	m := map[string]any{"b": []int{1, 2}, "a": map[int]bool{2: true, 1: false}}
	fmt.Println(safelog.Format(m, safelog.NoLimits))
	fmt.Println(fmt.Sprint(m))
	// Output:
	// map[a:map[1:false 2:true] b:[1 2]]
	// map[a:map[1:false 2:true] b:[1 2]]
}

func ExampleFormat_cycle() {
	m := map[string]any{"name": "loop"}
	m["self"] = m
	fmt.Println(safelog.Format(m, safelog.DefaultLimits))
	// Output:
	// map[name:loop self:<cycle>]
}

func ExampleLimits_summary() {
	m := map[string]int{}
	for i := range 1000 {
		m[fmt.Sprintf("sku-%04d", i)] = i
	}
	fmt.Println(safelog.Format(m, safelog.Limits{MaxBytes: 100, Summary: true}))
	// Output:
	// <map[string]int len=1000 size~12.2KB>
}

func ExampleBounded() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	b := safelog.Bounded(m, safelog.Limits{MaxKeys: 2})
	js, _ := json.Marshal(b)
	fmt.Printf("%v\n%s\n", b, js)
	// Output:
	// map[a:1 b:2 ...+1]
	// {"a":1,"b":2,"...":1}
}

func ExampleAny() {
	logger := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: dropTime}))
	logger.Info("order placed", safelog.Any("order", map[string]any{"id": "A-1", "lines": 3}))
	// Output:
	// {"level":"INFO","msg":"order placed","order":{"id":"A-1","lines":3}}
}

func ExampleNewHandler() {
	h := safelog.NewHandler(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: dropTime}),
		safelog.Limits{MaxKeys: 2, MaxString: 8})
	logger := slog.New(h)
	// An unchanged call site: the map is bounded by the handler.
	logger.Info("order placed", "order", map[string]any{"id": "A-1", "lines": 3, "note": "ring twice, then wait"})
	// Output:
	// level=INFO msg="order placed" order.id=A-1 order.lines=3 order....=1
}

func dropTime(groups []string, a slog.Attr) slog.Attr {
	if len(groups) == 0 && a.Key == slog.TimeKey {
		return slog.Attr{}
	}
	return a
}
