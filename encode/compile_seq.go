package encode

import (
	"reflect"
	"unsafe"
)

// Compiled encoders of pointers, slices and arrays: elements are found by
// the element size reflect reports.

func (b *builder) pointerEncoder(t reflect.Type, quoted bool) ptrEnc {
	if leaf := leafKind(t.Elem()); leaf != reflect.Invalid && !quoted && methodEncoder(t.Elem(), true) == nil {
		// A pointer to a leaf holds no reference to count for cycles.
		return func(s *Stream, p unsafe.Pointer) error {
			target := *(*unsafe.Pointer)(p)
			if target == nil {
				s.buf = append(s.buf, "null"...)
				return nil
			}
			return writeLeaf(s, leaf, target)
		}
	}
	elem := b.compile(t.Elem(), true, quoted)
	return func(s *Stream, p unsafe.Pointer) error {
		target := *(*unsafe.Pointer)(p)
		if target == nil {
			s.buf = append(s.buf, "null"...)
			return nil
		}
		if s.refDepth >= cycleCheckAfter {
			return s.ref(refKey{p: target, t: t}, reflect.NewAt(t, p).Elem(), func() error { return elem(s, target) })
		}
		s.refDepth++
		err := elem(s, target)
		s.refDepth--
		return err
	}
}

// elements writes an array of n elements of the given size starting at base.
type elements struct {
	size uintptr
	leaf reflect.Kind // set: written inline by writeLeaf
	enc  ptrEnc
}

func (b *builder) elements(t reflect.Type, addr bool) elements {
	e := elements{size: t.Size(), enc: b.compile(t, addr, false)}
	if methodEncoder(t, addr) == nil {
		e.leaf = leafKind(t)
	}
	return e
}

// at writes the element at p.
func (e *elements) at(s *Stream, p unsafe.Pointer) error {
	if e.leaf != reflect.Invalid {
		return writeLeaf(s, e.leaf, p)
	}
	return e.enc(s, p)
}

func (e *elements) write(s *Stream, base unsafe.Pointer, n int) error {
	if err := s.open('['); err != nil {
		return err
	}
	if e.leaf != reflect.Invalid && !s.indented {
		if err := e.leaves(s, base, n); err != nil {
			return err
		}
	} else {
		for i := range n {
			s.next(i == 0)
			if err := e.at(s, unsafe.Add(base, uintptr(i)*e.size)); err != nil {
				return atIndex(err, i)
			}
			if err := s.spill(); err != nil {
				return err
			}
		}
	}
	s.close(']', n == 0)
	return nil
}

// leaves writes the elements of an unindented array of leaves, with the
// buffer in a local variable as in compiledStruct.encode.
func (e *elements) leaves(s *Stream, base unsafe.Pointer, n int) error {
	b, html := s.buf, s.html
	for i := range n {
		if i > 0 {
			b = append(b, ',')
		}
		p := unsafe.Add(base, uintptr(i)*e.size)
		var err error
		if inlineLeaf(e.leaf, p) {
			b, err = appendLeaf(b, e.leaf, p, html)
		} else {
			s.buf = b
			err = writeLeaf(s, e.leaf, p)
			b = s.buf
		}
		if err != nil {
			s.buf = b
			return atIndex(err, i)
		}
		if b, err = s.spillFrom(b); err != nil {
			return err
		}
	}
	s.buf = b
	return nil
}

func (b *builder) sliceEncoder(t reflect.Type) ptrEnc {
	if et := t.Elem(); et.Kind() == reflect.Uint8 {
		pt := reflect.PointerTo(et)
		if !pt.Implements(streamMarshalerType) && !pt.Implements(marshalerType) && !pt.Implements(textMarshalerType) {
			return viaReflect(t, byteSliceEncoder)
		}
	}
	e := b.elements(t.Elem(), true)
	return func(s *Stream, p unsafe.Pointer) error {
		v := reflect.NewAt(t, p).Elem()
		if v.IsNil() {
			s.buf = append(s.buf, "null"...)
			return nil
		}
		base, n := v.UnsafePointer(), v.Len()
		if s.refDepth >= cycleCheckAfter {
			return s.ref(refKey{p: base, n: n}, v, func() error { return e.write(s, base, n) })
		}
		s.refDepth++
		err := e.write(s, base, n)
		s.refDepth--
		return err
	}
}

func (b *builder) arrayEncoder(t reflect.Type, addr bool) ptrEnc {
	e := b.elements(t.Elem(), addr)
	n := t.Len()
	return func(s *Stream, p unsafe.Pointer) error { return e.write(s, p, n) }
}
