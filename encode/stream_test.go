package encode

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"maps"
	"math"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/mapkit-go/mapkit/internal/fixture"
	"github.com/mapkit-go/mapkit/internal/testsupport"
	"github.com/stretchr/testify/require"
)

// pairs is an ordered map that streams itself, as tmap.Map does.
type pairs[V any] struct {
	keys []string
	vals []V
}

func (p *pairs[V]) all() iter.Seq2[string, V] {
	return func(yield func(string, V) bool) {
		for i, k := range p.keys {
			if !yield(k, p.vals[i]) {
				return
			}
		}
	}
}

func (p *pairs[V]) MarshalJSONStream(s *Stream) error { return WriteObject(s, p.all()) }

// MarshalJSON must not be called: MarshalJSONStream comes first.
func (p *pairs[V]) MarshalJSON() ([]byte, error) { return nil, errors.New("MarshalJSON called") }

func sortedPairs[V any](m map[string]V) *pairs[V] {
	p := &pairs[V]{keys: slices.Sorted(maps.Keys(m))}
	for _, k := range p.keys {
		p.vals = append(p.vals, m[k])
	}
	return p
}

func TestStreamMarshalerStreamsLikeAMap(t *testing.T) {
	inner := map[string]any{"b": []any{1.0, "<x>"}, "a": map[string]any{"z": nil}}
	m := map[string]int64{"x": 1, "a": -2, "m": 3}
	type holder struct {
		P  *pairs[int64]
		PS []pairs[int64]
		V  pairs[any]
	}
	for _, vr := range variants {
		check := func(ours, plain any) {
			t.Helper()
			want, err := stdEncode(plain, vr)
			require.NoError(t, err)
			got, err := ourEncode(ours, vr)
			require.NoError(t, err)
			require.Equal(t, string(want), string(got), vr.name)
		}
		check(sortedPairs(m), m)
		check(sortedPairs(inner), inner)
		check(map[string]any{"k": sortedPairs(inner), "n": (*pairs[int])(nil)}, map[string]any{"k": inner, "n": nil})
		check([]any{sortedPairs(map[string]int64{})}, []any{map[string]int64{}})
		check(&holder{P: sortedPairs(m), V: *sortedPairs(inner), PS: []pairs[int64]{*sortedPairs(m)}},
			map[string]any{"P": m, "V": inner, "PS": []any{m}})
	}
}

func TestObjectStreamsAnIterator(t *testing.T) {
	var b bytes.Buffer
	enc := NewEncoder(&b, EscapeHTML(false), Indented("", " "))
	p := &pairs[any]{keys: []string{"z", "a", "<"}, vals: []any{1.5, map[string]any{"k": true}, "&"}}
	require.NoError(t, Object(enc, p.all()))
	require.NoError(t, Object(enc, (&pairs[string]{}).all()))
	require.Equal(t, "{\n \"z\": 1.5,\n \"a\": {\n  \"k\": true\n },\n \"<\": \"&\"\n}\n{}\n", b.String())
}

type twice struct{}

func (twice) MarshalJSONStream(s *Stream) error {
	if err := s.WriteValue(1); err != nil {
		return err
	}
	return s.WriteValue(2)
}

type silent struct{}

func (silent) MarshalJSONStream(*Stream) error { return nil }

type failing struct{}

func (failing) MarshalJSONStream(*Stream) error { return errors.New("no") }

type badInside struct{}

func (badInside) MarshalJSONStream(s *Stream) error {
	return WriteObject(s, maps.All(map[string]any{"f": func() {}}))
}

// dropsErrors writes a value that fails, or writes out of turn, and
// returns nil all the same.
type dropsErrors struct{ how string }

func (d dropsErrors) MarshalJSONStream(s *Stream) error {
	switch d.how {
	case "value":
		_ = s.WriteValue(math.NaN())
	case "object":
		_ = WriteObject(s, maps.All(map[string]any{"f": func() {}}))
	case "twice":
		_ = s.WriteValue(1)
		_ = s.WriteValue(2)
	case "nested":
		_ = s.WriteValue([]any{dropsErrors{"value"}})
	}
	return nil
}

func TestStreamMarshalerMisuse(t *testing.T) {
	for name, c := range map[string]struct {
		v    any
		is   error
		path string
	}{
		"two values":   {[]any{twice{}}, ErrStreamMisuse, "[0]"},
		"no value":     {map[string]any{"s": silent{}}, ErrStreamMisuse, "s"},
		"error":        {failing{}, nil, ""},
		"inside error": {map[string]any{"b": badInside{}}, nil, "b.f"},
		"dropped value error": {
			map[string]any{"a": dropsErrors{"value"}, "b": 1}, &json.UnsupportedValueError{}, "a",
		},
		"dropped object error": {
			[]any{1, dropsErrors{"object"}}, &json.UnsupportedTypeError{}, "[1].f",
		},
		"dropped misuse": {dropsErrors{"twice"}, ErrStreamMisuse, ""},
		"dropped, nested": {
			map[string]any{"x": dropsErrors{"nested"}}, &json.UnsupportedValueError{}, "x[0]",
		},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := Marshal(c.v)
			var ve *ValueError
			require.ErrorAs(t, err, &ve)
			require.Equal(t, c.path, ve.Path())
			switch target := c.is.(type) {
			case nil:
			case *json.UnsupportedValueError:
				require.ErrorAs(t, err, &target)
			case *json.UnsupportedTypeError:
				require.ErrorAs(t, err, &target)
			default:
				require.ErrorIs(t, err, c.is)
			}
			var b bytes.Buffer
			require.Error(t, NewEncoder(&b).Encode(c.v))
			require.Zero(t, b.Len(), "nothing reaches the writer")
		})
	}
	var s Stream
	require.ErrorIs(t, s.WriteValue(1), ErrStreamMisuse)
	require.ErrorIs(t, WriteObject(&s, maps.All(map[string]int{})), ErrStreamMisuse)
}

// recorder remembers the size of each write and fails after a budget.
type recorder struct {
	bytes.Buffer
	writes   int
	largest  int
	failFrom int // fail writes once this many bytes were accepted (0: never)
}

var errDisk = errors.New("disk full")

func (r *recorder) Write(p []byte) (int, error) {
	r.writes++
	r.largest = max(r.largest, len(p))
	if r.failFrom > 0 && r.Len()+len(p) > r.failFrom {
		return 0, errDisk
	}
	return r.Buffer.Write(p)
}

// bigMap is about size bytes of JSON.
func bigMap(size int) map[string]any {
	m := map[string]any{}
	for i := 0; i*100 < size; i++ {
		m[fmt.Sprintf("key-%08d", i)] = map[string]any{
			"name": strings.Repeat("n", 40), "n": float64(i), "ok": true, "tags": []any{"a", "b"},
		}
	}
	return m
}

func TestLargeValuesReachTheWriterInChunks(t *testing.T) {
	size := 4 << 20
	if testsupport.Light() {
		size = 1 << 20
	}
	m := bigMap(size)
	m["long string"] = strings.Repeat("<ä\xff>", 100_000)
	m["long bytes"] = bytes.Repeat([]byte{1, 2, 3, 4, 5}, 100_000)
	var r recorder
	require.NoError(t, NewEncoder(&r).Encode(m))
	want, err := stdEncode(m, variants[2])
	require.NoError(t, err)
	require.True(t, bytes.Equal(want, r.Bytes()))
	require.LessOrEqual(t, r.largest, maxWrite)
	require.Greater(t, r.writes, len(want)/maxWrite)
}

func TestFirstWriteErrorStopsEncoding(t *testing.T) {
	m := bigMap(1 << 20)
	r := recorder{failFrom: 200 << 10}
	enc := NewEncoder(&r)
	err := enc.Encode(m)
	require.ErrorIs(t, err, errDisk)
	var ve *ValueError
	require.False(t, errors.As(err, &ve), "write errors are not value errors")
	writes := r.writes
	require.ErrorIs(t, enc.Encode(1), errDisk, "the error is sticky")
	require.ErrorIs(t, Object(enc, maps.All(map[string]int{"a": 1})), errDisk)
	require.Equal(t, writes, r.writes, "nothing written after the failure")
}

func TestValueErrorBeforeAnyWriteLeavesWriterUntouched(t *testing.T) {
	var b bytes.Buffer
	enc := NewEncoder(&b)
	require.Error(t, enc.Encode(map[string]any{"a": 1, "b": make(chan int)}))
	require.Zero(t, b.Len())
	require.NoError(t, enc.Encode("ok"), "the encoder stays usable")
	require.Equal(t, "\"ok\"\n", b.String())
}

func TestRealDocumentsRoundTrip(t *testing.T) {
	for _, name := range fixture.Documents {
		t.Run(name, func(t *testing.T) {
			raw := testsupport.Document(t, name)
			var v any
			require.NoError(t, json.Unmarshal(raw, &v))
			vs := variants
			if testsupport.Light() {
				vs = []variant{variants[0], variants[len(variants)-1]}
			}
			for _, vr := range vs {
				want, err := stdEncode(v, vr)
				require.NoError(t, err)
				got, err := ourEncode(v, vr)
				require.NoError(t, err)
				require.True(t, bytes.Equal(want, got), vr.name)
			}
		})
	}
}

func TestConcurrentUse(t *testing.T) {
	docs := []any{fixture.OrderMap(), deepAny(50), randomStruct(newRand(1)), map[string]int64{"a": 1}}
	wants := make([][]byte, len(docs))
	for i, d := range docs {
		var err error
		wants[i], err = json.Marshal(d)
		require.NoError(t, err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var b bytes.Buffer
			enc := NewEncoder(&b)
			for i := range 20 {
				d := (g + i) % len(docs)
				got, err := Marshal(docs[d])
				if err == nil && !bytes.Equal(got, wants[d]) {
					err = fmt.Errorf("Marshal of doc %d differs", d)
				}
				b.Reset()
				if err == nil {
					err = enc.Encode(docs[d])
				}
				if err == nil && (!bytes.Equal(b.Bytes()[:b.Len()-1], wants[d]) || b.Bytes()[b.Len()-1] != '\n') {
					err = fmt.Errorf("Encode of doc %d differs", d)
				}
				if err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// selfish writes itself again: a cycle through a StreamMarshaler.
type selfish struct{ _ int }

func (s *selfish) MarshalJSONStream(st *Stream) error { return st.WriteValue(s) }

func TestStreamMarshalerCycleFails(t *testing.T) {
	_, err := Marshal(&selfish{})
	var uv *json.UnsupportedValueError
	require.ErrorAs(t, err, &uv)
}

// sneaky's MarshalJSON returns an error of this package, which a
// MarshalerError then wraps.
type sneaky struct{}

func (sneaky) MarshalJSON() ([]byte, error) { return Marshal(math.Inf(1)) }

func TestErrorsPrintOnePrefix(t *testing.T) {
	for name, v := range map[string]any{
		"unsupported value":  map[string]any{"a": math.NaN()},
		"unsupported type":   []any{make(chan int)},
		"marshaler error":    map[string]any{"m": badJSON{"{"}},
		"stream misuse":      map[string]any{"s": silent{}},
		"dropped misuse":     dropsErrors{"twice"},
		"nested encode call": map[string]any{"n": sneaky{}},
		"too deep":           deepAny(5),
	} {
		_, err := Marshal(v, MaxDepth(2))
		require.Error(t, err, name)
		msg := err.Error()
		require.Equal(t, 1, strings.Count(msg, "encode: "), "%s: %s", name, msg)
		require.True(t, strings.HasPrefix(msg, "encode: "), "%s: %s", name, msg)
		require.NotContains(t, msg, "json: ", name)
	}
	require.True(t, strings.HasPrefix(ErrTooDeep.Error(), "encode: "))
	require.True(t, strings.HasPrefix(ErrStreamMisuse.Error(), "encode: "))
}
