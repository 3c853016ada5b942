package encode

import "strconv"

// maxDepth is the deepest nesting of arrays and objects accepted, as in
// encoding/json.
const maxDepth = 10000

// scanError is a scanError error found by the scanner: the offset of the
// offending byte (the end of the input when it ended too soon) and
// encoding/json's wording of the problem.
type scanError struct {
	off int
	msg string
	eof bool // the input ended inside the value
}

// scanState is where a scanner is in the grammar.
type scanState uint8

const (
	scValue    scanState = iota // a value must begin (also: nothing seen yet)
	scArrFirst                  // after '[': a value or ']'
	scArrNext                   // after an array element: ',' or ']'
	scObjFirst                  // after '{': a key or '}'
	scObjKey                    // after ',' in an object: a key
	scColon                     // after a key: ':'
	scObjNext                   // after a member's value: ',' or '}'
	scStr                       // inside a string
	scStrEsc                    // after a backslash in a string
	scStrHex                    // inside a \u escape
	scNeg                       // after a leading '-'
	scZero                      // after a leading 0
	scInt                       // in the integer digits
	scDot                       // after the decimal point
	scFrac                      // in the fraction digits
	scExpStart                  // after 'e' or 'E'
	scExpSign                   // after the exponent's sign
	scExp                       // in the exponent digits
	scLit                       // inside true, false or null
	scEnd                       // a top-level scalar ended; its end shows at the next byte or the end of input
	scDone                      // the top-level value is complete
)

// scanner checks JSON text against the grammar encoding/json accepts
// (invalid UTF-8 inside strings is allowed), one value at a time. Its state
// survives between calls to scan, so that text arriving in pieces is
// looked at once, byte by byte, however it is split: the cost is linear in
// the input for any read pattern. The zero value is ready to scan a value.
type scanner struct {
	state  scanState
	key    bool     // the string being scanned is an object key
	hex    int8     // hexadecimal digits of a \u escape still expected
	lit    uint8    // the literal being matched, in scLit: an index in literals
	litPos uint8    // how much of it has been matched
	depth  int      // open containers
	low    uint64   // bit d is set when the container at depth d < 64 is an object
	high   []uint64 // the same bits for depths from 64 on
}

// reset makes the scanner ready for the next value, keeping its memory.
func (s *scanner) reset() {
	high := s.high[:0]
	*s = scanner{high: high}
}

// idle reports whether the scanner has seen nothing of a value yet.
func (s *scanner) idle() bool { return s.state == scValue && s.depth == 0 }

// push records a container opened at the current depth.
func (s *scanner) push(object bool) {
	d := s.depth
	s.depth++
	if d < 64 {
		s.low = s.low&^(1<<d) | bit(object)<<d
		return
	}
	w := (d - 64) / 64
	if w == len(s.high) {
		s.high = append(s.high, 0)
	}
	s.high[w] = s.high[w]&^(1<<(d%64)) | bit(object)<<(d%64)
}

// inObject reports whether the innermost open container is an object.
func (s *scanner) inObject() bool {
	d := s.depth - 1
	if d < 64 {
		return s.low&(1<<d) != 0
	}
	return s.high[(d-64)/64]&(1<<(d%64)) != 0
}

func bit(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// scan goes on scanning the value at data[i:]. It returns done and the
// offset just past the value once the value is complete; otherwise it has
// consumed all of data (end is len(data)) and waits for more, or for eof.
func (s *scanner) scan(data []byte, i int) (end int, done bool, err *scanError) {
	for i < len(data) {
		c := data[i]
		switch s.state {
		case scValue, scArrFirst:
			if isSpace(c) {
				i++
				continue
			}
			if c == ']' && s.state == scArrFirst {
				i++
				s.closeValue()
				continue
			}
			if err := s.begin(c, i); err != nil {
				return i, false, err
			}
			i++
		case scObjFirst, scObjKey:
			switch {
			case isSpace(c):
			case c == '"':
				s.state, s.key = scStr, true
			case c == '}' && s.state == scObjFirst:
				s.closeValue()
			default:
				return i, false, s.fail(c, i, "looking for beginning of object key string")
			}
			i++
		case scColon:
			switch {
			case isSpace(c):
			case c == ':':
				s.state = scValue
			default:
				return i, false, s.fail(c, i, "after object key")
			}
			i++
		case scObjNext, scArrNext:
			closer, context := byte('}'), "after object key:value pair"
			if s.state == scArrNext {
				closer, context = ']', "after array element"
			}
			switch {
			case isSpace(c):
			case c == ',':
				s.state = scValue
				if closer == '}' {
					s.state = scObjKey
				}
			case c == closer:
				s.closeValue()
			default:
				return i, false, s.fail(c, i, context)
			}
			i++
		case scStr:
			for i < len(data) && data[i] != '"' && data[i] != '\\' && data[i] >= ' ' {
				i++
			}
			if i == len(data) {
				break
			}
			switch data[i] {
			case '"':
				if s.key {
					s.state, s.key = scColon, false
				} else {
					s.endScalar()
				}
			case '\\':
				s.state = scStrEsc
			default:
				return i, false, s.fail(data[i], i, "in string literal")
			}
			i++
		case scStrEsc:
			switch c {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				s.state = scStr
			case 'u':
				s.state, s.hex = scStrHex, 4
			default:
				return i, false, s.fail(c, i, "in string escape code")
			}
			i++
		case scStrHex:
			if !isHex(c) {
				return i, false, s.fail(c, i, `in \u hexadecimal character escape`)
			}
			if s.hex--; s.hex == 0 {
				s.state = scStr
			}
			i++
		case scNeg:
			switch {
			case c == '0':
				s.state = scZero
			case '1' <= c && c <= '9':
				s.state = scInt
			default:
				return i, false, s.fail(c, i, "in numeric literal")
			}
			i++
		case scInt, scFrac, scExp:
			for i < len(data) && isDigit(data[i]) {
				i++
			}
			if i < len(data) && s.afterDigits(data[i]) {
				i++
			}
		case scZero:
			if s.afterDigits(c) {
				i++
			}
		case scDot, scExpSign:
			if !isDigit(c) {
				context := "after decimal point in numeric literal"
				if s.state == scExpSign {
					context = "in exponent of numeric literal"
				}
				return i, false, s.fail(c, i, context)
			}
			if s.state == scDot {
				s.state = scFrac
			} else {
				s.state = scExp
			}
			i++
		case scExpStart:
			switch {
			case c == '+' || c == '-':
				s.state = scExpSign
			case isDigit(c):
				s.state = scExp
			default:
				return i, false, s.fail(c, i, "in exponent of numeric literal")
			}
			i++
		case scLit:
			lit := literals[s.lit]
			if c != lit[s.litPos] {
				return i, false, s.fail(c, i, "in literal "+lit+" (expecting "+quoteChar(lit[s.litPos])+")")
			}
			i++
			if s.litPos++; int(s.litPos) == len(lit) {
				s.endScalar()
			}
		case scEnd, scDone:
			return i, true, nil
		}
		if s.state == scDone {
			return i, true, nil
		}
	}
	return i, s.state == scDone, nil
}

// literals are the literals of JSON, as scanner.lit indexes them.
var literals = [...]string{"true", "false", "null"}

// begin starts the value whose first byte c is at i.
func (s *scanner) begin(c byte, i int) *scanError {
	switch c {
	case '{', '[':
		if s.depth >= maxDepth {
			return &scanError{off: i, msg: "exceeded max depth"}
		}
		s.push(c == '{')
		s.state = scObjFirst
		if c == '[' {
			s.state = scArrFirst
		}
	case '"':
		s.state, s.key = scStr, false
	case 't':
		s.state, s.lit, s.litPos = scLit, 0, 1
	case 'f':
		s.state, s.lit, s.litPos = scLit, 1, 1
	case 'n':
		s.state, s.lit, s.litPos = scLit, 2, 1
	case '-':
		s.state = scNeg
	case '0':
		s.state = scZero
	default:
		if !isDigit(c) {
			return s.fail(c, i, "looking for beginning of value")
		}
		s.state = scInt
	}
	return nil
}

// afterDigits moves on from a number's digits at the byte c that follows
// them, and reports whether c continues the number (else it belongs to
// what follows).
func (s *scanner) afterDigits(c byte) bool {
	switch {
	case c == '.' && (s.state == scZero || s.state == scInt):
		s.state = scDot
	case (c == 'e' || c == 'E') && s.state != scExp:
		s.state = scExpStart
	default:
		s.endValue()
		return false
	}
	return true
}

// endValue moves on after a complete value.
func (s *scanner) endValue() {
	switch {
	case s.depth == 0:
		s.state = scDone
	case s.inObject():
		s.state = scObjNext
	default:
		s.state = scArrNext
	}
}

// endScalar moves on after a string or literal. At the top level, as
// json.Decoder does, the value is complete only once the next byte or the
// end of input shows that nothing continues it.
func (s *scanner) endScalar() {
	if s.depth == 0 {
		s.state = scEnd
		return
	}
	s.endValue()
}

// closeValue pops the container just closed.
func (s *scanner) closeValue() {
	s.depth--
	s.endValue()
}

// eof tells the scanner that the input ended at offset n. It reports
// whether the value is complete there, or the syntax error.
func (s *scanner) eof(n int) *scanError {
	switch s.state {
	case scEnd, scDone:
		s.state = scDone
		return nil
	case scZero, scInt, scFrac, scExp:
		if s.depth == 0 {
			s.state = scDone
			return nil
		}
	}
	return &scanError{off: n, msg: "unexpected end of JSON input", eof: true}
}

func (s *scanner) fail(c byte, i int, context string) *scanError {
	return &scanError{off: i, msg: "invalid character " + quoteChar(c) + " " + context}
}

// validate checks that data[i:] holds, after optional whitespace, one
// well-formed JSON value, and returns the offset just past it. It does not
// look at what follows the value.
func validate(data []byte, i int) (int, *scanError) {
	var s scanner
	end, done, err := s.scan(data, i)
	if err != nil || done {
		return end, err
	}
	return len(data), s.eof(len(data))
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// quoteChar formats c as encoding/json does in its syntax errors.
func quoteChar(c byte) string {
	switch c {
	case '\'':
		return `'\''`
	case '"':
		return `'"'`
	}
	s := strconv.Quote(string(rune(c)))
	return "'" + s[1:len(s)-1] + "'"
}

// position converts byte offsets into 1-based lines and columns (columns
// count bytes). Offsets must be asked for in increasing order for a single
// pass over the text; a smaller offset restarts from the beginning.
type position struct {
	data []byte
	cursor
}

// cursor is how far a position has counted lines.
type cursor struct {
	off       int // offset reached so far
	line      int // line at off
	lineStart int // offset of the first byte of that line
}

func (p *position) at(off int) (line, col int) {
	if off < p.off || p.line == 0 {
		p.off, p.line, p.lineStart = 0, 1, 0
	}
	off = min(off, len(p.data))
	for ; p.off < off; p.off++ {
		if p.data[p.off] == '\n' {
			p.line++
			p.lineStart = p.off + 1
		}
	}
	return p.line, off - p.lineStart + 1
}
