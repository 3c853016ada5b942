package tmap

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"sync"
	"testing"

	"github.com/mapkit-go/mapkit/safelog"

	"github.com/stretchr/testify/require"
)

var (
	_ safelog.Ordered = Map[string, int]{}
	_ safelog.Ordered = (*Sync[string, int])(nil)
	_ slog.LogValuer  = Map2[string, int, int]{}
	_ slog.LogValuer  = (*Sync[string, int])(nil)
	_ fmt.Stringer    = Map2[string, int, int]{}
	_ json.Marshaler  = Map2[string, int, int]{}
	_ json.Marshaler  = (*Sync[string, int])(nil)
)

// registry holds tmap values as fields, as user structs do.
type registry struct {
	ByName Map[string, int]
	Routes Map2[string, string, int]
}

type plainRegistry struct {
	ByName map[string]int
	Routes map[string]map[string]int
}

func newRegistry() (registry, plainRegistry) {
	var r registry
	r.ByName.Set("b", 2)
	r.ByName.Set("a", 1)
	r.Routes.Set("/b", "GET", 3)
	r.Routes.Set("/a", "POST", 2)
	r.Routes.Set("/a", "GET", 1)
	p := plainRegistry{
		ByName: map[string]int{"a": 1, "b": 2},
		Routes: map[string]map[string]int{"/a": {"GET": 1, "POST": 2}, "/b": {"GET": 3}},
	}
	return r, p
}

func TestFieldsShowAsPlainMaps(t *testing.T) {
	r, p := newRegistry()
	require.Equal(t, fmt.Sprint(p), fmt.Sprint(r), "fmt, struct by value")
	require.Equal(t, fmt.Sprintf("%v", &p), fmt.Sprintf("%v", &r), "fmt, through a pointer")
	want, err := json.Marshal(p)
	require.NoError(t, err)
	for _, v := range []any{r, &r} {
		got, err := json.Marshal(v)
		require.NoError(t, err)
		require.Equal(t, string(want), string(got), "encoding/json, %T", v)
	}
	require.Equal(t, safelog.Format(p, safelog.NoLimits), safelog.Format(r, safelog.NoLimits))
	require.Equal(t, safelog.Format(&p, safelog.NoLimits), safelog.Format(&r, safelog.NoLimits))
	require.NotContains(t, safelog.Format(&r, safelog.NoLimits), "seed", "no storage shows")
	require.Equal(t, fmt.Sprint(p.Routes), r.Routes.String())
	var empty Map2[int, int, int]
	require.Equal(t, "map[]", empty.String())
}

func TestMap2JSONMatchesPlainMap(t *testing.T) {
	r, p := newRegistry()
	want, _ := json.Marshal(p.Routes)
	got, err := json.Marshal(r.Routes)
	require.NoError(t, err)
	require.Equal(t, string(want), string(got))

	var ints Map2[int, uint8, bool]
	ints.Set(10, 2, true)
	ints.Set(2, 10, false)
	ints.Set(-1, 1, true)
	want, _ = json.Marshal(map[int]map[uint8]bool{10: {2: true}, 2: {10: false}, -1: {1: true}})
	got, err = json.Marshal(&ints)
	require.NoError(t, err)
	require.Equal(t, string(want), string(got), "integer keys in encoding/json's order")
}

func TestMap2UnmarshalJSON(t *testing.T) {
	var m Map2[string, string, int]
	require.NoError(t, json.Unmarshal([]byte(`{"/a":{"GET":1,"POST":2},"/b":{"GET":3},"/c":{},"/d":null}`), &m))
	require.Equal(t, 3, m.Len(), "empty and null inner objects add no entry")
	out, err := json.Marshal(m)
	require.NoError(t, err)
	require.Equal(t, `{"/a":{"GET":1,"POST":2},"/b":{"GET":3}}`, string(out))
	var plainErr, gotErr error
	var plain map[string]map[string]int
	plainErr = json.Unmarshal([]byte(`{"/a":{"GET":"x"}}`), &plain)
	gotErr = json.Unmarshal([]byte(`{"/a":{"GET":"x"}}`), &m)
	require.Error(t, gotErr)
	require.Equal(t, plainErr.Error(), gotErr.Error())
}

func TestSyncShowsAsPlainMap(t *testing.T) {
	var s Sync[int, string]
	s.Set(10, "ten")
	s.Set(2, "two")
	plain := map[int]string{10: "ten", 2: "two"}
	want, _ := json.Marshal(plain)
	got, err := json.Marshal(&s)
	require.NoError(t, err)
	require.Equal(t, string(want), string(got))
	require.Equal(t, fmt.Sprint(plain), fmt.Sprint(&s))
	require.Equal(t, safelog.Format(plain, safelog.NoLimits), safelog.Format(&s, safelog.NoLimits))

	var back Sync[int, string]
	require.NoError(t, json.Unmarshal(want, &back))
	require.Equal(t, 2, back.Len())
	v, _ := back.Get(10)
	require.Equal(t, "ten", v)
}

// TestSyncLogsWhileWritten formats and marshals a Sync, and a struct
// holding one, while other goroutines write to it: -race checks that every
// read goes through the lock or a snapshot.
func TestSyncLogsWhileWritten(t *testing.T) {
	type state struct{ S Sync[int, int] }
	st := &state{}
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for w := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				st.S.Set(i%50+w*50, i)
				st.S.Delete((i + 25) % 100)
			}
		}()
	}
	for range 200 {
		_ = safelog.Format(&st.S, safelog.DefaultLimits)
		_, err := json.Marshal(&st.S)
		require.NoError(t, err)
		_ = st.S.String()
		_ = st.S.LogValue()
	}
	close(stop)
	wg.Wait()
}
