package safelog

import "github.com/mapkit-go/mapkit/safelog/internal/walk"

// Ordered is a map that already keeps its entries in ascending key order,
// such as tmap.Map. The formatter shows an Ordered value as a map whose
// entries are taken in the order RangeAny yields them: it selects and sorts
// nothing, and it stops calling yield's caller back (yield returns false) as
// soon as MaxKeys entries are shown or the byte budget is spent, so a huge
// Ordered costs no more than the entries it shows. Len must return the number
// of entries RangeAny would yield; the difference is reported as left out.
// A panicking Len or RangeAny is shown inline, a nil pointer as <nil> (null
// in JSON), and a value held in an addressable struct field or slice
// element is found through its address when only its pointer type has the
// methods.
//
// Its methods are:
//
//	Len() int
//	RangeAny(yield func(key, value any) bool)
type Ordered = walk.Ordered
