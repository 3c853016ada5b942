package encode

import (
	"errors"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// input is what the decoder reads values from: JSON text (text,
// validated beforehand) or an already decoded tree (tree, for Convert).
// The decoder asks peek for the kind of the next value, then consumes it
// with the method for that kind.
type input interface {
	// peek returns the kind of the next value: '{', '[', '"', '0' (number),
	// 't', 'f', 'n', or 'x' for a source value that is not JSON-shaped.
	peek() byte
	// pos returns the byte offset of the next value, or -1 without text.
	pos() int64
	// str consumes a string and returns its decoded bytes; the caller may
	// keep them but must not modify them.
	str() []byte
	// num consumes a number and returns its literal text, which is only
	// valid until the next call.
	num() []byte
	boolean() bool
	null()
	// openObject consumes '{'; key then returns each key in turn (decoded
	// name, raw JSON text or nil, offset), and ok false when it consumed
	// the object's end. name stays valid and unmodified.
	openObject()
	key() (name, raw []byte, off int64, ok bool)
	// openArray consumes '['; elem reports whether another element
	// follows, consuming the array's end when none does.
	openArray()
	elem() bool
	// skip consumes the next value.
	skip()
	// raw consumes the next value and returns it as JSON text.
	raw() ([]byte, error)
	// bad consumes a value of kind 'x' and says what is wrong with it.
	bad() error
}

// textInput reads validated JSON textInput.
type textInput struct {
	data []byte
	off  int
}

func (t *textInput) peek() byte {
	t.off = skipSpace(t.data, t.off)
	c := t.data[t.off]
	if c == '-' || isDigit(c) {
		return '0'
	}
	return c
}

func (t *textInput) pos() int64 {
	t.off = skipSpace(t.data, t.off)
	return int64(t.off)
}

func (t *textInput) str() []byte {
	t.off = skipSpace(t.data, t.off)
	start := t.off
	end, simple := stringEnd(t.data, start)
	t.off = end
	if simple {
		return t.data[start+1 : end-1]
	}
	s, _ := unquote(t.data[start:end])
	return s
}

func (t *textInput) num() []byte {
	t.off = skipSpace(t.data, t.off)
	start := t.off
	i := start
	for i < len(t.data) {
		switch t.data[i] {
		case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '-', '+', '.', 'e', 'E':
			i++
			continue
		}
		break
	}
	t.off = i
	return t.data[start:i]
}

func (t *textInput) boolean() bool {
	t.off = skipSpace(t.data, t.off)
	if t.data[t.off] == 't' {
		t.off += len("true")
		return true
	}
	t.off += len("false")
	return false
}

func (t *textInput) null() {
	t.off = skipSpace(t.data, t.off) + len("null")
}

func (t *textInput) openObject() { t.off = skipSpace(t.data, t.off) + 1 }
func (t *textInput) openArray()  { t.off = skipSpace(t.data, t.off) + 1 }

func (t *textInput) key() (name, raw []byte, off int64, ok bool) {
	i := skipSpace(t.data, t.off)
	if t.data[i] == ',' {
		i = skipSpace(t.data, i+1)
	}
	if t.data[i] == '}' {
		t.off = i + 1
		return nil, nil, int64(i), false
	}
	end, simple := stringEnd(t.data, i)
	raw = t.data[i:end]
	if simple {
		name = raw[1 : len(raw)-1]
	} else {
		name, _ = unquote(raw)
	}
	t.off = skipSpace(t.data, end) + 1 // past ':'
	return name, raw, int64(i), true
}

func (t *textInput) elem() bool {
	i := skipSpace(t.data, t.off)
	switch t.data[i] {
	case ',':
		t.off = i + 1
		return true
	case ']':
		t.off = i + 1
		return false
	}
	t.off = i
	return true
}

func (t *textInput) skip() {
	i := skipSpace(t.data, t.off)
	switch t.data[i] {
	case '"':
		i, _ = stringEnd(t.data, i)
	case '{', '[':
		depth := 0
		for {
			switch t.data[i] {
			case '"':
				i, _ = stringEnd(t.data, i)
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
			}
			i++
			if depth == 0 {
				break
			}
		}
	default:
		for i < len(t.data) {
			c := t.data[i]
			if c == ',' || c == '}' || c == ']' || isSpace(c) {
				break
			}
			i++
		}
	}
	t.off = i
}

func (t *textInput) raw() ([]byte, error) {
	start := skipSpace(t.data, t.off)
	t.skip()
	return t.data[start:t.off], nil
}

func (t *textInput) bad() error {
	t.skip()
	return errors.New("not a JSON value")
}

// stringEnd returns the offset just past the well-formed string starting
// at the quote at i, and whether its contents need no decoding (no escapes,
// valid UTF-8), so that they can be used as they are.
func stringEnd(data []byte, i int) (end int, simple bool) {
	simple = true
	for i++; i < len(data); {
		c := data[i]
		switch {
		case c == '"':
			return i + 1, simple
		case c == '\\':
			simple = false
			i += 2
		case c < utf8.RuneSelf:
			i++
		default:
			r, n := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && n == 1 {
				simple = false
			}
			i += n
		}
	}
	return len(data), false
}

// unquote decodes the JSON string literal q (quotes included) into new
// bytes, as encoding/json does: invalid UTF-8 and unpaired surrogates become
// U+FFFD. ok is false when q is not a well-formed string literal.
func unquote(q []byte) (s []byte, ok bool) {
	if len(q) < 2 || q[0] != '"' || q[len(q)-1] != '"' {
		return nil, false
	}
	q = q[1 : len(q)-1]
	s = make([]byte, 0, len(q))
	for i := 0; i < len(q); {
		c := q[i]
		switch {
		case c == '"' || c < ' ':
			return nil, false
		case c == '\\':
			if i+1 >= len(q) {
				return nil, false
			}
			i++
			switch e := q[i]; e {
			case '"', '\\', '/', '\'':
				s = append(s, e)
			case 'b':
				s = append(s, '\b')
			case 'f':
				s = append(s, '\f')
			case 'n':
				s = append(s, '\n')
			case 'r':
				s = append(s, '\r')
			case 't':
				s = append(s, '\t')
			case 'u':
				r := hex4(q[i+1:])
				if r < 0 {
					return nil, false
				}
				i += 4
				if utf16.IsSurrogate(r) {
					if i+2 < len(q) && q[i+1] == '\\' && q[i+2] == 'u' {
						if r2 := hex4(q[i+3:]); r2 >= 0 {
							if pair := utf16.DecodeRune(r, r2); pair != unicode.ReplacementChar {
								s = utf8.AppendRune(s, pair)
								i += 7
								continue
							}
						}
					}
					r = unicode.ReplacementChar
				}
				s = utf8.AppendRune(s, r)
			default:
				return nil, false
			}
			i++
		case c < utf8.RuneSelf:
			s = append(s, c)
			i++
		default:
			r, n := utf8.DecodeRune(q[i:])
			s = utf8.AppendRune(s, r)
			i += n
		}
	}
	return s, true
}

// hex4 decodes four hexadecimal digits, or returns -1.
func hex4(b []byte) rune {
	if len(b) < 4 {
		return -1
	}
	var r rune
	for _, c := range b[:4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return -1
		}
		r = r<<4 | rune(c)
	}
	return r
}
