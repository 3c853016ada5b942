package encode

// Documents repeat the shapes of their objects: every element of an array of
// records has the same keys. A map level remembers the sorted keys of the
// last few small maps written at that level, and their JSON form, so that a
// map with the same key set is written in that order by looking its keys up,
// with no iteration, no sort and no escaping.
const (
	shapeMaxKeys   = 64      // larger maps are data, not records: never remembered
	shapeMaxBytes  = 1 << 10 // nor are key sets longer than this as JSON
	shapesPerLevel = 4
)

// shape is the key set of a map: its keys in order, and the keys written as
// JSON strings, concatenated, keys[i] ending at ends[i].
type shape struct {
	keys []string
	enc  []byte
	ends []int32
	html bool
	long bool // the keys outgrew shapeMaxBytes while being recorded
}

// shapes is the cache of one map nesting level.
type shapes struct {
	slots [shapesPerLevel]shape
	next  int // the slot to replace when no slot matches
}

// find returns a remembered shape of n keys for the given escaping, or nil.
func (c *shapes) find(n int, html bool) *shape {
	for i := range c.slots {
		if sh := &c.slots[i]; len(sh.keys) == n && sh.html == html {
			return sh
		}
	}
	return nil
}

// start empties the slot that will remember the map being written: stale,
// the one with the same number of keys that did not match, or the oldest.
func (c *shapes) start(stale *shape, html bool) *shape {
	sh := stale
	if sh == nil {
		sh = &c.slots[c.next]
		c.next = (c.next + 1) % shapesPerLevel
	}
	if sh.keys == nil {
		c.grow()
	}
	sh.keys, sh.enc, sh.ends, sh.html, sh.long = sh.keys[:0], sh.enc[:0], sh.ends[:0], html, false
	return sh
}

// grow gives every slot its full room at once, so that a level allocates
// once, on its first map, whatever shapes follow.
func (c *shapes) grow() {
	keys := make([]string, shapesPerLevel*shapeMaxKeys)
	ends := make([]int32, shapesPerLevel*shapeMaxKeys)
	enc := make([]byte, shapesPerLevel*shapeMaxBytes)
	for i := range c.slots {
		sh := &c.slots[i]
		sh.keys = keys[i*shapeMaxKeys : i*shapeMaxKeys : (i+1)*shapeMaxKeys]
		sh.ends = ends[i*shapeMaxKeys : i*shapeMaxKeys : (i+1)*shapeMaxKeys]
		sh.enc = enc[i*shapeMaxBytes : i*shapeMaxBytes : (i+1)*shapeMaxBytes]
	}
}

// add records key k, whose JSON string is enc. Past shapeMaxBytes the
// shape is abandoned (it will match no map), so its buffers stay bounded.
func (sh *shape) add(k string, enc []byte) {
	if sh.long || len(sh.enc)+len(enc) > shapeMaxBytes {
		sh.long = true
		return
	}
	sh.keys = append(sh.keys, k)
	sh.enc = append(sh.enc, enc...)
	sh.ends = append(sh.ends, int32(len(sh.enc)))
}

// done ends the recording of a map written in full; unless it was
// abandoned, the shape now matches maps with the same key set.
func (sh *shape) done() {
	if sh.long {
		sh.forget()
	}
}

// forget drops the keys, so that no map matches and no string is kept alive.
func (sh *shape) forget() {
	clear(sh.keys)
	sh.keys = sh.keys[:0]
}

// clear forgets every shape of the level.
func (c *shapes) clear() {
	for i := range c.slots {
		c.slots[i].forget()
	}
}

// lookup fills vals with the values of m's keys in sh's order and reports
// whether m has exactly sh's keys.
func lookup[V any](m map[string]V, sh *shape, vals []V) bool {
	if len(m) != len(sh.keys) {
		return false
	}
	for i, k := range sh.keys {
		v, ok := m[k]
		if !ok {
			return false
		}
		vals[i] = v
	}
	return true
}

// writeShaped writes the members of a map whose keys are sh's, with vals
// in sh's order.
func writeShaped[V any](s *Stream, sh *shape, vals []V) error {
	start := int32(0)
	for i, end := range sh.ends {
		s.next(i == 0)
		s.buf = append(s.buf, sh.enc[start:end]...)
		start = end
		s.colon()
		if err := writeElem(s, vals[i]); err != nil {
			return atKey(err, sh.keys[i])
		}
		if err := s.spill(); err != nil {
			return err
		}
	}
	return nil
}
