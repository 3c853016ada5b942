package a

import (
	"context"
	"fmt"
	"log"
	"log/slog"
	"net/http"
)

type order map[string]any

type named map[string]int

func (named) String() string { return "named" }

type wrapper struct{ Items map[string]int }

type hidden struct {
	items map[string]int
	Skip  map[string]int `json:"-"`
}

type logValued struct{ M map[string]int }

func (logValued) LogValue() slog.Value { return slog.StringValue("x") }

type tree struct {
	Name     string
	Children []tree
}

func f(ctx context.Context, m map[string]any, o order, h http.Header, w wrapper, hid hidden, n named, lv logValued, ms []map[string]int, p *wrapper, t tree, v any, s string, i int) {
	fmt.Println("order", m)           // want `fmt walks the whole map on every call \(3.17 ms`
	_ = fmt.Sprint("order: ", o, "!") // want `fmt walks the whole map`
	_ = fmt.Sprint(i, m)              // want `fmt walks the whole map`
	fmt.Printf("%v %d\n", m, i)       // want `fmt walks the whole map`
	fmt.Printf("%+v\n", w)            // want `fmt walks the whole map`
	_ = fmt.Sprintf("%T %p %%", m, m)
	_ = fmt.Errorf("bad %s", h) // want `fmt walks the whole map`
	log.Printf("%[1]v", m)
	log.Print(ms)  // want `fmt walks the whole map`
	log.Println(p) // want `fmt walks the whole map`
	fmt.Println(hid, n, lv, v, s, t, i)
	fmt.Println(map[string]int{"a": 1})
	slog.Info("msg", "data", m, "n", i)           // want `slog renders the whole map on every record`
	slog.Info("msg", slog.Int("n", i), "data", m) // want `slog renders the whole map`
	slog.Info("msg", i, "data", m)
	logger := slog.Default()
	logger.InfoContext(ctx, "msg", "data", m) // want `slog renders the whole map`
	_ = slog.Any("data", m)                   // want `slog renders the whole map`
	if fmt.Sprint(m) != fmt.Sprint(o) {
		return
	}
	args := []any{"data", m}
	slog.Info("msg", args...)
}
