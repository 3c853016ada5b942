package tmap

import (
	"log/slog"

	"github.com/mapkit-go/mapkit/safelog"
)

// RangeAny calls yield for each entry in ascending key order until it
// returns false, with the guarantees of All. It makes m a safelog.Ordered:
// safelog shows the first entries of m without selecting or sorting, and
// stops as soon as its limits are reached. Boxing each key and value into
// an interface may allocate.
func (m *Map[K, V]) RangeAny(yield func(key, value any) bool) {
	for k, v := range m.All() {
		if !yield(k, v) {
			return
		}
	}
}

// LogValue returns m as slog sees it through safelog with
// safelog.DefaultLimits: a group of the first entries in ascending key
// order, with the count of those left out. Logging a huge Map costs only the
// entries shown.
func (m *Map[K, V]) LogValue() slog.Value {
	return safelog.Bounded(m, safelog.DefaultLimits).LogValue()
}

// String formats m as fmt formats the equivalent plain map, in full and in
// ascending key order: map[a:1 b:2]. Printing a Map with fmt's %v or
// Println therefore shows its entries, not its storage; for a bounded
// rendering of a big Map use safelog.Format.
func (m *Map[K, V]) String() string {
	return safelog.Format(m, safelog.NoLimits)
}
