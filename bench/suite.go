package bench

import (
	"cmp"
	"slices"
	"testing"
)

// Role tells how a case takes part in a comparison.
type Role int

const (
	// Mapkit marks the case measuring mapkit itself.
	Mapkit Role = iota
	// Peer marks an alternative a user would otherwise pick; mapkit figures
	// are compared with the best peer of their workload.
	Peer
	// Floor marks a reference that does less work than the others (for
	// example an unsorted range): shown for scale, never compared with.
	Floor
)

// String returns "mapkit", "peer" or "floor".
func (r Role) String() string {
	switch r {
	case Mapkit:
		return "mapkit"
	case Peer:
		return "peer"
	case Floor:
		return "floor"
	}
	return "role?"
}

// The groups of the suite, in the order reports list them.
const (
	GroupEncode  = "Encode"
	GroupDecode  = "Decode"
	GroupLog     = "Log"
	GroupIterate = "Iterate"
	GroupMap     = "Map"
	GroupMemory  = "Memory"
)

// Groups lists the groups in report order.
var Groups = []string{GroupEncode, GroupDecode, GroupLog, GroupIterate, GroupMap, GroupMemory}

// Standard metrics of every benchmark result, and the custom metrics that
// memory cases report with testing.B.ReportMetric.
const (
	NsPerOp     = "ns/op"
	BytesPerOp  = "B/op"
	AllocsPerOp = "allocs/op"
	HeapBytes   = "heap-B"
	MaxWrite    = "max-write-B"
	AllocBytes  = "alloc-B"
)

// Case is one benchmark of the suite.
type Case struct {
	Group    string // one of Groups
	Workload string // key=value, e.g. "doc=twitter"
	Impl     string // implementation, e.g. "goccy"; unique within the workload
	Role     Role
	// About describes the workload in one sentence; How says in a few
	// words what the implementation calls.
	About, How string
	// Metrics lists the custom metrics Bench reports, headline first; nil
	// for cases judged on ns/op, B/op and allocs/op.
	Metrics []string
	// Bench runs the case with a b.Loop loop; fixtures are built before it.
	Bench func(b *testing.B)
}

// Name returns the case's benchmark name without the "Benchmark" prefix,
// e.g. "Encode/doc=twitter/impl=goccy".
func (c Case) Name() string {
	return c.Group + "/" + c.Workload + "/impl=" + c.Impl
}

// Headline returns the metric a case is judged on: its first custom metric,
// or ns/op.
func (c Case) Headline() string {
	if len(c.Metrics) > 0 {
		return c.Metrics[0]
	}
	return NsPerOp
}

// Suite returns every case compiled into this build: ordered by group (as in
// Groups), then by workload in the order the workloads were defined, then
// mapkit first, peers next and floors last, each in definition order. Names
// are unique. Each call returns a new slice.
func Suite() []Case {
	var cs []Case
	cs = append(cs, encodeCases()...)
	cs = append(cs, decodeCases()...)
	cs = append(cs, logCases()...)
	cs = append(cs, iterateCases()...)
	cs = append(cs, mapCases()...)
	cs = append(cs, memoryCases()...)
	workload := make(map[string]int)
	for _, c := range cs {
		key := c.Group + "/" + c.Workload
		if _, ok := workload[key]; !ok {
			workload[key] = len(workload)
		}
	}
	slices.SortStableFunc(cs, func(a, b Case) int {
		return cmp.Or(
			cmp.Compare(slices.Index(Groups, a.Group), slices.Index(Groups, b.Group)),
			cmp.Compare(workload[a.Group+"/"+a.Workload], workload[b.Group+"/"+b.Workload]),
			cmp.Compare(a.Role, b.Role),
		)
	})
	return cs
}

// Notes returns what a reader of the figures should know: how the custom
// metrics are measured, and what this build includes or leaves out and why.
func Notes() []string { return slices.Clone(notes) }

var notes = []string{
	"heap-B is the growth of runtime.MemStats.HeapAlloc across building the value, measured after a runtime.GC on each side; alloc-B is the TotalAlloc growth over one warm encode; max-write-B is the longest single Write the encoder made.",
	"B/op and allocs/op are steady-state figures: buffers an implementation pools and reuses between operations count nothing.",
}
