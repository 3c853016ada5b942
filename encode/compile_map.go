package encode

import (
	"reflect"
	"sync"
	"unsafe"
)

// compiledMap writes a map whose keys are of a string kind, keys sorted as
// encoding/json sorts them. The entries are copied out of the map into a
// pooled key and a pooled slice of values (MapIter.SetIterKey and
// SetIterValue copy without allocating), and the values are written from
// that slice through the sort's permutation. Map values are not
// addressable, as in encoding/json.
type compiledMap struct {
	t      reflect.Type
	elem   elements
	copies sync.Pool // *mapCopy
}

// mapCopy is the scratch of one map being written.
type mapCopy struct {
	key  reflect.Value // addressable, of the key type
	vals reflect.Value // a slice of the value type
	it   reflect.MapIter
}

func (b *builder) mapEncoder(t reflect.Type) ptrEnc {
	m := &compiledMap{t: t, elem: b.elements(t.Elem(), false)}
	m.copies.New = func() any { return &mapCopy{key: reflect.New(t.Key()).Elem()} }
	return m.encode
}

func (m *compiledMap) encode(s *Stream, p unsafe.Pointer) error {
	return writeMapValue(s, reflect.NewAt(m.t, p).Elem(), m)
}

func (m *compiledMap) members(s *Stream, v reflect.Value) error {
	if err := s.open('{'); err != nil {
		return err
	}
	n := v.Len()
	if n == 0 {
		s.close('}', true)
		return nil
	}
	c := m.copies.Get().(*mapCopy)
	if !c.vals.IsValid() || c.vals.Len() < n {
		c.vals = reflect.MakeSlice(reflect.SliceOf(m.t.Elem()), n, n)
	}
	l := s.takeKeys(n)
	c.it.Reset(v)
	for i := 0; c.it.Next(); i++ {
		c.key.SetIterKey(&c.it)
		l.keys = append(l.keys, c.key.String())
		c.vals.Index(i).SetIterValue(&c.it)
	}
	c.it.Reset(reflect.Value{})
	base := c.vals.UnsafePointer()
	err := s.sortedMembers(l, func(j int) error { return m.elem.at(s, unsafe.Add(base, uintptr(j)*m.elem.size)) })
	for i := range l.keys {
		c.vals.Index(i).SetZero()
	}
	c.key.SetZero()
	if c.vals.Len() > keepKeys {
		c.vals = reflect.Value{}
	}
	m.copies.Put(c)
	s.giveKeys(l)
	if err != nil {
		return err
	}
	s.close('}', false)
	return nil
}
