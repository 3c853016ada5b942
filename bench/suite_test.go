package bench

import (
	"bytes"
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/mapkit-go/mapkit/internal/testsupport"

	"github.com/stretchr/testify/require"
)

func TestSuiteWellFormed(t *testing.T) {
	cs := Suite()
	require.NotEmpty(t, cs)
	seen := map[string]bool{}
	groups := map[string]bool{}
	for i, c := range cs {
		require.Falsef(t, seen[c.Name()], "duplicate case %s", c.Name())
		seen[c.Name()] = true
		groups[c.Group] = true
		require.Contains(t, Groups, c.Group, c.Name())
		require.Regexp(t, `^[a-z]+=[A-Za-z0-9_.-]+$`, c.Workload, c.Name())
		require.Regexp(t, `^[a-z0-9.-]+$`, c.Impl, c.Name())
		require.NotEmpty(t, c.About, c.Name())
		require.NotEmpty(t, c.How, c.Name())
		require.NotNil(t, c.Bench, c.Name())
		if i > 0 {
			prev := cs[i-1]
			require.LessOrEqual(t, slices.Index(Groups, prev.Group), slices.Index(Groups, c.Group), "groups out of order at %s", c.Name())
			if prev.Group == c.Group && prev.Workload == c.Workload {
				require.LessOrEqual(t, prev.Role, c.Role, "roles out of order at %s", c.Name())
			}
		}
	}
	require.Len(t, groups, len(Groups), "every group has cases")
	require.Equal(t, len(cs), len(Suite()), "Suite is stable")
}

func TestSuiteWorkloadsAreContiguous(t *testing.T) {
	done := map[string]bool{}
	last := ""
	for _, c := range Suite() {
		key := c.Group + "/" + c.Workload
		if key != last {
			require.Falsef(t, done[key], "workload %s split", key)
			done[key], last = true, key
		}
	}
}

func TestSuiteEveryWorkloadHasAPeer(t *testing.T) {
	peers := map[string]int{}
	for _, c := range Suite() {
		if c.Role == Peer {
			peers[c.Group+"/"+c.Workload]++
		}
	}
	for _, c := range Suite() {
		require.Positive(t, peers[c.Group+"/"+c.Workload], c.Name())
	}
}

func TestHeadline(t *testing.T) {
	require.Equal(t, NsPerOp, Case{}.Headline())
	require.Equal(t, MaxWrite, Case{Metrics: []string{MaxWrite, AllocBytes}}.Headline())
	require.Equal(t, "Encode/doc=twitter/impl=goccy", Case{Group: GroupEncode, Workload: "doc=twitter", Impl: "goccy"}.Name())
}

// TestEncodersAgree checks that every encoder writes what encoding/json
// writes (jsonv2, which escapes less, the same JSON value), so every Encode
// case does the same job.
func TestEncodersAgree(t *testing.T) {
	for _, w := range encodeWorkloads {
		if testsupport.Light() && strings.HasPrefix(w.name, "doc=") {
			continue
		}
		t.Run(w.name, func(t *testing.T) {
			want := encodeWith(t, encoders[slices.IndexFunc(encoders, func(e encoder) bool { return e.impl == "std" })], w.value(t))
			for _, e := range encoders {
				v := w.value(t)
				if e.role == Mapkit && w.mapkitValue != nil {
					v = w.mapkitValue(t)
				}
				got := encodeWith(t, e, v)
				if e.impl == "jsonv2" {
					require.True(t, sameJSON(t, want, got), e.impl)
					continue
				}
				require.Equal(t, string(want), string(got), e.impl)
			}
		})
	}
}

func encodeWith(t *testing.T, e encoder, v any) []byte {
	t.Helper()
	var buf bytes.Buffer
	encode := e.stream(&buf)
	require.NoError(t, encode(v), e.impl)
	return buf.Bytes()
}

func sameJSON(t *testing.T, a, b []byte) bool {
	t.Helper()
	var va, vb any
	require.NoError(t, json.Unmarshal(a, &va))
	require.NoError(t, json.Unmarshal(b, &vb))
	return reflect.DeepEqual(va, vb)
}

func TestBigMapIsAbout20MB(t *testing.T) {
	if testsupport.Light() {
		t.Skip("encodes 20 MB")
	}
	var n countWriter
	require.NoError(t, json.NewEncoder(&n).Encode(bigMap()))
	require.InDelta(t, 20e6, float64(n), 1.5e6)
}

type countWriter int

func (c *countWriter) Write(p []byte) (int, error) {
	*c += countWriter(len(p))
	return len(p), nil
}

func TestMaxWriter(t *testing.T) {
	var w maxWriter
	for _, n := range []int{3, 10, 0, 7} {
		_, err := w.Write(make([]byte, n))
		require.NoError(t, err)
	}
	require.Equal(t, 10, w.max)
}

func TestIteratorsVisitInOrder(t *testing.T) {
	m := int64Map()
	want := slices.Sorted(func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	})
	for _, it := range iterators {
		var got []string
		it.prepare(m)(func(k string, v int64) {
			require.Equal(t, m[k], v, it.impl)
			got = append(got, k)
		})
		if it.role == Floor {
			slices.Sort(got)
		}
		require.Equal(t, want, got, it.impl)
	}
}

func TestBuildersKeepTheirEntries(t *testing.T) {
	for _, tc := range []struct {
		builders []builder
		want     int
		slow     bool
	}{
		{heapBuilders, len(heapKeys()), false},
		{shrinkBuilders, shrinkKeep, true},
	} {
		if tc.slow && testsupport.Light() {
			continue
		}
		for _, bl := range tc.builders {
			require.Equal(t, tc.want, length(bl.build()), bl.impl)
		}
	}
}

// length returns the number of entries of a map or of a value with Len.
func length(v any) int {
	if l, ok := v.(interface{ Len() int }); ok {
		return l.Len()
	}
	return reflect.ValueOf(v).Len()
}

func TestLoggersLog(t *testing.T) {
	for _, l := range loggers {
		require.NotPanics(t, l.log(orderMap()), l.impl)
	}
	sinkString = ""
	loggers[slices.IndexFunc(loggers, func(l logger) bool { return l.impl == "fmt" })].log(orderMap())()
	require.True(t, strings.HasPrefix(sinkString, "map[field_000:map[attr_00:map[v0:sku-00000"), "the fmt case formats the whole map")
}

func TestVisitSumAccumulates(t *testing.T) {
	sinkInt = 0
	visitSum("abc", 10)
	visitSum("", -1)
	require.Equal(t, int64(12), sinkInt)
}

// TestPerCallersAgree checks that every per-call case writes what
// encoding/json writes (jsonv2, which escapes less, the same JSON value).
func TestPerCallersAgree(t *testing.T) {
	for _, pv := range perCallValues {
		want, err := json.Marshal(pv.value())
		require.NoError(t, err)
		for _, p := range perCallers {
			got, err := p.marshalValue(pv.value())
			require.NoError(t, err, p.impl)
			var buf bytes.Buffer
			require.NoError(t, p.encode(&buf, pv.value()), p.impl)
			for _, out := range [][]byte{got, bytes.TrimSuffix(buf.Bytes(), []byte("\n"))} {
				if p.impl == "jsonv2" {
					require.True(t, sameJSON(t, want, out), p.impl)
					continue
				}
				require.Equal(t, string(want), string(out), p.impl)
			}
		}
	}
}
