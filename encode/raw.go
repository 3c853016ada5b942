package encode

import (
	"fmt"
	"reflect"
)

// maxRawNesting is the deepest nesting encoding/json accepts in the output of
// a MarshalJSON method.
const maxRawNesting = 10000

// rawSyntaxError reports output of a MarshalJSON method that is not a single
// valid JSON value.
type rawSyntaxError struct {
	msg    string
	offset int
}

func (e *rawSyntaxError) Error() string {
	return fmt.Sprintf("invalid JSON at offset %d: %s", e.offset, e.msg)
}

// marshalerOutput writes what a MarshalJSON method returned, or reports its
// error, as a *json.MarshalerError inside a *ValueError.
func (s *Stream) marshalerOutput(t reflect.Type, method string, out []byte, err error) error {
	if err == nil {
		err = s.raw(out)
	}
	if err != nil {
		return marshalerError(t, method, err)
	}
	return nil
}

// raw states: what the next token may be.
const (
	rawValue        = iota // any value
	rawValueOrClose        // a value or ] (just after [)
	rawKeyOrClose          // a key or } (just after {)
	rawKey                 // a key (after a comma in an object)
	rawColon               // the colon after a key
	rawAfter               // a comma or a closing bracket, or the end
)

// raw writes the JSON text src as encoding/json re-emits MarshalJSON output:
// validated (exactly one value, surrounded by optional whitespace), with
// insignificant whitespace removed, <, >, & and U+2028/U+2029 escaped when
// HTML escaping is on, and indented like everything else when indenting.
// Strings are otherwise copied as they are. On error nothing is written.
func (s *Stream) raw(src []byte) error {
	mark, depth := len(s.buf), s.depth
	if err := s.rawTokens(src); err != nil {
		s.buf, s.depth = s.buf[:mark], depth
		return err
	}
	return nil
}

func (s *Stream) rawTokens(src []byte) error {
	stack := s.rawStack[:0]
	defer func() { s.rawStack = stack[:0] }()
	state := rawValue
	i := 0
	for {
		i = skipSpace(src, i)
		if i == len(src) {
			if state == rawAfter && len(stack) == 0 {
				return nil
			}
			return &rawSyntaxError{"unexpected end of JSON input", i}
		}
		c := src[i]
		switch state {
		case rawAfter:
			if len(stack) == 0 {
				return &rawSyntaxError{fmt.Sprintf("invalid character %q after top-level value", c), i}
			}
			top := stack[len(stack)-1]
			switch {
			case c == ',':
				s.next(false)
				state = rawValue
				if top == '{' {
					state = rawKey
				}
			case c == top+2: // '{'+2 is '}', '['+2 is ']'
				stack = stack[:len(stack)-1]
				s.close(c, false)
			default:
				return &rawSyntaxError{fmt.Sprintf("invalid character %q after %s element", c, containerName(top)), i}
			}
			i++
			continue
		case rawColon:
			if c != ':' {
				return &rawSyntaxError{fmt.Sprintf("invalid character %q after object key", c), i}
			}
			s.colon()
			state = rawValue
			i++
			continue
		case rawKeyOrClose, rawKey:
			if c == '}' && state == rawKeyOrClose {
				stack = stack[:len(stack)-1]
				s.close('}', true)
				state = rawAfter
				i++
				continue
			}
			if c != '"' {
				return &rawSyntaxError{fmt.Sprintf("invalid character %q looking for beginning of object key string", c), i}
			}
			if state == rawKeyOrClose {
				s.next(true)
			}
			end, err := s.rawString(src, i)
			if err != nil {
				return err
			}
			i = end
			state = rawColon
			continue
		case rawValueOrClose:
			if c == ']' {
				stack = stack[:len(stack)-1]
				s.close(']', true)
				state = rawAfter
				i++
				continue
			}
			s.next(true)
		}
		// A value.
		switch {
		case c == '{' || c == '[':
			if len(stack) >= maxRawNesting {
				return &rawSyntaxError{"exceeded max depth", i}
			}
			if err := s.open(c); err != nil {
				return err
			}
			stack = append(stack, c)
			state = rawValueOrClose
			if c == '{' {
				state = rawKeyOrClose
			}
			i++
			continue
		case c == '"':
			end, err := s.rawString(src, i)
			if err != nil {
				return err
			}
			i = end
		case c == '-' || '0' <= c && c <= '9':
			end, ok := scanNumber(src, i)
			if !ok {
				return &rawSyntaxError{"invalid number", end}
			}
			s.buf = append(s.buf, src[i:end]...)
			i = end
		case c == 't' || c == 'f' || c == 'n':
			lit := literalFor(c)
			if len(src)-i < len(lit) || string(src[i:i+len(lit)]) != lit {
				return &rawSyntaxError{fmt.Sprintf("invalid literal, want %s", lit), i}
			}
			s.buf = append(s.buf, lit...)
			i += len(lit)
		default:
			return &rawSyntaxError{fmt.Sprintf("invalid character %q looking for beginning of value", c), i}
		}
		state = rawAfter
	}
}

func containerName(c byte) string {
	if c == '{' {
		return "object"
	}
	return "array"
}

func literalFor(c byte) string {
	switch c {
	case 't':
		return "true"
	case 'f':
		return "false"
	}
	return "null"
}

func skipSpace(src []byte, i int) int {
	for i < len(src) {
		switch src[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

const hexDigits = "0123456789abcdef"

// rawString validates the JSON string starting at src[i] and appends it,
// escaping HTML-sensitive characters when the stream does. It returns the
// index just past the closing quote.
func (s *Stream) rawString(src []byte, i int) (int, error) {
	start := i
	i++
	for i < len(src) {
		c := src[i]
		switch {
		case c == '"':
			s.buf = append(s.buf, src[start:i+1]...)
			return i + 1, nil
		case c == '\\':
			if i+1 == len(src) {
				return i + 1, &rawSyntaxError{"unexpected end of JSON input", i + 1}
			}
			switch src[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i += 2
			case 'u':
				for k := i + 2; k < i+6; k++ {
					if k == len(src) {
						return k, &rawSyntaxError{"unexpected end of JSON input", k}
					}
					if !isHex(src[k]) {
						return k, &rawSyntaxError{"invalid character in \\u hexadecimal character escape", k}
					}
				}
				i += 6
			default:
				return i + 1, &rawSyntaxError{"invalid character in string escape code", i + 1}
			}
		case c < 0x20:
			return i, &rawSyntaxError{"invalid control character in string literal", i}
		case s.html && (c == '<' || c == '>' || c == '&'):
			s.buf = append(s.buf, src[start:i]...)
			s.buf = append(s.buf, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			i++
			start = i
		case s.html && c == 0xe2 && i+2 < len(src) && src[i+1] == 0x80 && src[i+2]&^1 == 0xa8:
			s.buf = append(s.buf, src[start:i]...)
			s.buf = append(s.buf, '\\', 'u', '2', '0', '2', hexDigits[src[i+2]&0xf])
			i += 3
			start = i
		default:
			i++
		}
	}
	return i, &rawSyntaxError{"unexpected end of JSON input", i}
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// scanNumber returns the end of the JSON number starting at src[i] and
// whether it is well formed: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func scanNumber[S ~string | ~[]byte](src S, i int) (int, bool) {
	digits := func(i int) int {
		for i < len(src) && '0' <= src[i] && src[i] <= '9' {
			i++
		}
		return i
	}
	if i < len(src) && src[i] == '-' {
		i++
	}
	switch {
	case i < len(src) && src[i] == '0':
		i++
	case i < len(src) && '1' <= src[i] && src[i] <= '9':
		i = digits(i + 1)
	default:
		return i, false
	}
	if i < len(src) && src[i] == '.' {
		j := digits(i + 1)
		if j == i+1 {
			return j, false
		}
		i = j
	}
	if i < len(src) && (src[i] == 'e' || src[i] == 'E') {
		i++
		if i < len(src) && (src[i] == '+' || src[i] == '-') {
			i++
		}
		j := digits(i)
		if j == i {
			return j, false
		}
		i = j
	}
	return i, true
}
