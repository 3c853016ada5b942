package safelog_test

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/mapkit-go/mapkit/internal/testsupport"
	"github.com/mapkit-go/mapkit/safelog"
	"github.com/mapkit-go/mapkit/safelog/internal/hostile"
)

// slogJSON logs attrs through h and returns the line.
func slogJSON(h func(*bytes.Buffer) slog.Handler, attrs ...slog.Attr) string {
	var buf bytes.Buffer
	slog.New(h(&buf)).LogAttrs(context.Background(), slog.LevelInfo, "m", attrs...)
	return buf.String()
}

func jsonHandler(b *bytes.Buffer) slog.Handler { return slog.NewJSONHandler(b, nil) }

func TestNilAndPanickingOrdered(t *testing.T) {
	type state struct {
		Name string
		M    *hostile.Ordered
	}
	v := state{Name: "a"}
	require.Equal(t, "{Name:a M:<nil>}", safelog.Format(v, safelog.Limits{}), "as fmt prints it")
	b, err := safelog.Bounded(v, safelog.Limits{}).MarshalJSON()
	require.NoError(t, err)
	require.JSONEq(t, `{"Name":"a","M":null}`, string(b))
	line := slogJSON(func(b *bytes.Buffer) slog.Handler { return safelog.NewHandler(jsonHandler(b), safelog.Limits{}) }, slog.Any("v", v))
	require.Contains(t, line, `"v":{"Name":"a","M":null}`)
	require.Equal(t, "map[v:%!v(PANIC=Len method: boom in Len)]", safelog.Format(map[string]any{"v": hostile.PanicLen{}}, safelog.Limits{}))
}

func TestBudgetBoundsTheWork(t *testing.T) {
	testsupport.SkipUnderRace(t)
	m := make(map[string]int, 200_000)
	for i := range 200_000 {
		m["k"+strconv.Itoa(i)] = i
	}
	lim := safelog.Limits{MaxKeys: -1, MaxBytes: 4096}
	_ = safelog.Format(m, lim)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	out := safelog.Format(m, lim)
	runtime.ReadMemStats(&after)
	require.LessOrEqual(t, len(out), 4096)
	require.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(1<<20),
		"with MaxKeys off, the 4 KiB budget bounds what is collected (about 2,000 keys, from a pool that a GC may have emptied), not the 200,000 keys")
}

func TestMethodsThatRecurseTerminate(t *testing.T) {
	self := hostile.Selfish{Format: func(v any) string { return safelog.Format(v, safelog.Limits{}) }}
	require.Contains(t, safelog.Format(self, safelog.Limits{}), "%!v(too many method calls)",
		"a String that formats its own receiver stops instead of overflowing the stack")
	require.Contains(t, safelog.Format(hostile.Twice{}, safelog.NoLimits), "%!v(too many method calls)",
		"a LogValue group holding itself twice stops after a bounded number of calls")
}

func TestMarkerDigitsStayWithinMaxBytes(t *testing.T) {
	for _, v := range []any{make([]int, 101), [][]int{make([]int, 101), make([]int, 1001)}, map[string]any{"a": make([]int, 1001)}} {
		for mb := 1; mb <= 40; mb++ {
			lim := safelog.Limits{MaxBytes: mb}
			require.LessOrEqual(t, len(safelog.Format(v, lim)), mb, "%T within %d bytes", v, mb)
			b, _ := safelog.Bounded(v, lim).MarshalJSON()
			require.LessOrEqual(t, len(b), max(mb, 4), "JSON %T within %d bytes: %s", v, mb, b)
			require.True(t, json.Valid(b), "%s", b)
		}
	}
}

func TestSlogBoundsKeysStringsAndGroups(t *testing.T) {
	wrapped := func(lim safelog.Limits) func(*bytes.Buffer) slog.Handler {
		return func(b *bytes.Buffer) slog.Handler { return safelog.NewHandler(jsonHandler(b), lim) }
	}
	huge := strings.Repeat("k", 1<<20)
	require.Less(t, len(slogJSON(wrapped(safelog.Limits{}), slog.Any("m", map[string]int{huge: 1}))), 8<<10, "a 1 MiB map key")
	require.Less(t, len(slogJSON(wrapped(safelog.Limits{MaxString: -1}), slog.String("s", huge))), 8<<10,
		"MaxString off still leaves MaxBytes")
	attrs := make([]slog.Attr, 100_000)
	for i := range attrs {
		attrs[i] = slog.Int("m"+strconv.Itoa(i), i)
	}
	line := slogJSON(wrapped(safelog.Limits{MaxKeys: 3, MaxBytes: 100}), slog.Any("g", slog.GroupValue(attrs...)))
	require.Less(t, len(line), 400, "a 100,000-member group is bounded as a whole: %s", line)
	require.Contains(t, line, `"...":99997`)
	deep := slog.Int("leaf", 1)
	for range 1000 {
		deep = slog.Group("g", deep)
	}
	line = slogJSON(wrapped(safelog.Limits{}), deep)
	require.Less(t, strings.Count(line, "{"), 12, "a 1,000-deep group stops at MaxDepth: %s", line)
}

// locked is an ordered map read under its lock, as tmap.Sync is; the
// pointer receivers are what a struct holding it by value reaches through
// its address.
type locked struct {
	mu sync.Mutex
	m  map[string]int
}

func (l *locked) Len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.m)
}

func (l *locked) RangeAny(yield func(k, v any) bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, k := range []string{"a", "b"} {
		if v, ok := l.m[k]; ok && !yield(k, v) {
			return
		}
	}
}

func (l *locked) set(k string, v int) {
	l.mu.Lock()
	l.m[k] = v
	l.mu.Unlock()
}

func TestOrderedHeldByValueShowsAsAMap(t *testing.T) {
	reg := &struct{ ByName hostile.Ordered }{ByName: hostile.Ordered{Keys: []string{"x", "y"}}}
	require.Equal(t, "&{ByName:map[x:0 y:1]}", safelog.Format(reg, safelog.Limits{}),
		"the map, not its internals: the field is reached through its address")
	b, _ := safelog.Bounded(reg, safelog.Limits{}).MarshalJSON()
	require.JSONEq(t, `{"ByName":{"x":0,"y":1}}`, string(b))

	s := &struct{ S locked }{S: locked{m: map[string]int{"a": 1}}}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := range 1000 {
			s.S.set("b", i)
		}
	}()
	for range 100 {
		require.NotContains(t, safelog.Format(s, safelog.Limits{}), "mu:", "read through its locked methods, not by reflection")
	}
	wg.Wait()
}

func TestOmittedKeyCannotCollide(t *testing.T) {
	b, err := safelog.Bounded(map[string]int{"...": -1, "....": -2, "k0": 0, "k1": 1}, safelog.Limits{MaxKeys: 2}).MarshalJSON()
	require.NoError(t, err)
	require.JSONEq(t, `{"....":-1,".....":-2,"...":2}`, string(b), "real keys that start with ... get one more dot")
	b, err = safelog.Bounded(map[any]int{1: 1, "1": 2}, safelog.Limits{}).MarshalJSON()
	require.NoError(t, err)
	require.JSONEq(t, `{"1":2,"...int(1)":1}`, string(b), "a non-string key of an interface-keyed map is spelled with its type")
}

func TestLineSeparatorsAndBidiEscaped(t *testing.T) {
	for _, out := range []string{
		safelog.Format(hostile.Bidi, safelog.Limits{}),
		slogJSON(func(b *bytes.Buffer) slog.Handler { return safelog.NewHandler(jsonHandler(b), safelog.Limits{}) }, slog.String("s", hostile.Bidi)),
		slogJSON(jsonHandler, safelog.Any("s", map[string]string{"k": hostile.Bidi})),
	} {
		requireClean(t, "output", strings.TrimSuffix(out, "\n"))
		require.Contains(t, out, `u202e`)
	}
}

func TestBoundedOnce(t *testing.T) {
	big := make(map[string]int, 100)
	for i := range 100 {
		big["k"+strconv.Itoa(100+i)] = i
	}
	lim := safelog.Limits{MaxKeys: 2}
	handler := func(b *bytes.Buffer) slog.Handler { return safelog.NewHandler(jsonHandler(b), lim) }
	replace := func(b *bytes.Buffer) slog.Handler {
		return slog.NewJSONHandler(b, &slog.HandlerOptions{ReplaceAttr: safelog.ReplaceAttr(safelog.Limits{MaxString: 8})})
	}
	require.Contains(t, slogJSON(handler, slog.Any("m", safelog.Bounded(big, lim))), `"...":98`)
	require.Contains(t, slogJSON(handler, safelog.AnyWith("m", big, lim)), `"...":98`)
	long := strings.Repeat("x", 1000)
	require.Contains(t, slogJSON(replace, slog.Any("s", safelog.Bounded(long, safelog.Limits{MaxString: 8}))), `...+992B`)
	keys := make([]string, 1000)
	for i := range keys {
		keys[i] = "k" + strconv.Itoa(1000+i)
	}
	three := func(b *bytes.Buffer) slog.Handler {
		return safelog.NewHandler(jsonHandler(b), safelog.Limits{MaxKeys: 3})
	}
	require.Contains(t, slogJSON(three, slog.Any("o", &hostile.Ordered{Keys: keys})), `"...":997`,
		"an ordered map is walked within the handler's limits, once")
}

func TestIntegerKeysDoNotAllocatePerEntry(t *testing.T) {
	testsupport.SkipUnderRace(t)
	m := make(map[int]int, 100_000)
	for i := range 100_000 {
		m[i*7] = i
	}
	require.Equal(t, "map[0:0 7:1 ...+99998]", safelog.Format(m, safelog.Limits{MaxKeys: 2}))
	allocs := testing.AllocsPerRun(5, func() { _ = safelog.Format(m, safelog.Limits{}) })
	require.Less(t, allocs, 200.0, "the keys shown are looked up again, the others only read into one scratch value")
	u := map[uint8]string{3: "c", 1: "a", 2: "b"}
	require.Equal(t, "map[1:a 2:b ...+1]", safelog.Format(u, safelog.Limits{MaxKeys: 2}))
}
