package encode

import "strconv"

// decMaxDepth is the deepest nesting of arrays and objects accepted, as in
// encoding/json.
const decMaxDepth = 10000

// decSyntax is a syntax error found by decValidate: the offset of the
// offending byte (len(data) at the end of input) and encoding/json's
// wording of the problem.
type decSyntax struct {
	off int
	msg string
	eof bool // the input ended inside the value
}

// decValidate checks that data[i:] starts, after optional whitespace, with
// one well-formed JSON value, by the grammar encoding/json accepts (invalid
// UTF-8 inside strings is allowed). It returns the offset just past the
// value. It does not look at what follows the value.
func decValidate(data []byte, i int) (int, *decSyntax) {
	v := decValidator{data: data}
	return v.value(decSkipSpace(data, i))
}

type decValidator struct {
	data  []byte
	depth int
}

func decIsSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// decSkipSpace returns the offset of the first non-whitespace byte at or
// after i, or len(data).
func decSkipSpace(data []byte, i int) int {
	for i < len(data) && decIsSpace(data[i]) {
		i++
	}
	return i
}

func (v *decValidator) fail(i int, context string) (int, *decSyntax) {
	if i >= len(v.data) {
		return i, &decSyntax{off: len(v.data), msg: "unexpected end of JSON input", eof: true}
	}
	return i, &decSyntax{off: i, msg: "invalid character " + decQuoteChar(v.data[i]) + " " + context}
}

// decQuoteChar formats c as encoding/json does in its syntax errors.
func decQuoteChar(c byte) string {
	switch c {
	case '\'':
		return `'\''`
	case '"':
		return `'"'`
	}
	s := strconv.Quote(string(rune(c)))
	return "'" + s[1:len(s)-1] + "'"
}

// value validates the value starting exactly at i.
func (v *decValidator) value(i int) (int, *decSyntax) {
	if i >= len(v.data) {
		return v.fail(i, "")
	}
	switch c := v.data[i]; c {
	case '{':
		return v.object(i)
	case '[':
		return v.array(i)
	case '"':
		return v.str(i)
	case 't':
		return v.literal(i, "true")
	case 'f':
		return v.literal(i, "false")
	case 'n':
		return v.literal(i, "null")
	default:
		if c == '-' || ('0' <= c && c <= '9') {
			return v.number(i)
		}
		return v.fail(i, "looking for beginning of value")
	}
}

func (v *decValidator) enter(i int) *decSyntax {
	v.depth++
	if v.depth > decMaxDepth {
		return &decSyntax{off: i, msg: "exceeded max depth"}
	}
	return nil
}

func (v *decValidator) object(i int) (int, *decSyntax) {
	if err := v.enter(i); err != nil {
		return i, err
	}
	d := v.data
	i = decSkipSpace(d, i+1)
	if i < len(d) && d[i] == '}' {
		v.depth--
		return i + 1, nil
	}
	for {
		if i >= len(d) || d[i] != '"' {
			return v.fail(i, "looking for beginning of object key string")
		}
		var err *decSyntax
		if i, err = v.str(i); err != nil {
			return i, err
		}
		i = decSkipSpace(d, i)
		if i >= len(d) || d[i] != ':' {
			return v.fail(i, "after object key")
		}
		if i, err = v.value(decSkipSpace(d, i+1)); err != nil {
			return i, err
		}
		i = decSkipSpace(d, i)
		if i >= len(d) {
			return v.fail(i, "")
		}
		switch d[i] {
		case ',':
			i = decSkipSpace(d, i+1)
		case '}':
			v.depth--
			return i + 1, nil
		default:
			return v.fail(i, "after object key:value pair")
		}
	}
}

func (v *decValidator) array(i int) (int, *decSyntax) {
	if err := v.enter(i); err != nil {
		return i, err
	}
	d := v.data
	i = decSkipSpace(d, i+1)
	if i < len(d) && d[i] == ']' {
		v.depth--
		return i + 1, nil
	}
	for {
		var err *decSyntax
		if i, err = v.value(i); err != nil {
			return i, err
		}
		i = decSkipSpace(d, i)
		if i >= len(d) {
			return v.fail(i, "")
		}
		switch d[i] {
		case ',':
			i = decSkipSpace(d, i+1)
		case ']':
			v.depth--
			return i + 1, nil
		default:
			return v.fail(i, "after array element")
		}
	}
}

// str validates the string starting at the quote at i.
func (v *decValidator) str(i int) (int, *decSyntax) {
	d := v.data
	for i++; i < len(d); i++ {
		switch c := d[i]; {
		case c == '"':
			return i + 1, nil
		case c < ' ':
			return v.fail(i, "in string literal")
		case c == '\\':
			i++
			if i >= len(d) {
				return v.fail(i, "")
			}
			switch d[i] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			case 'u':
				for range 4 {
					i++
					if i >= len(d) {
						return v.fail(i, "")
					}
					if !decIsHex(d[i]) {
						return v.fail(i, `in \u hexadecimal character escape`)
					}
				}
			default:
				return v.fail(i, "in string escape code")
			}
		}
	}
	return v.fail(i, "")
}

func decIsHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func decIsDigit(c byte) bool { return '0' <= c && c <= '9' }

// number validates the number starting at i. The number ends at the first
// byte that cannot continue it; the caller judges that byte.
func (v *decValidator) number(i int) (int, *decSyntax) {
	d := v.data
	if d[i] == '-' {
		i++
		if i >= len(d) || !decIsDigit(d[i]) {
			return v.fail(i, "in numeric literal")
		}
	}
	if d[i] == '0' {
		i++
	} else {
		for i < len(d) && decIsDigit(d[i]) {
			i++
		}
	}
	if i < len(d) && d[i] == '.' {
		i++
		if i >= len(d) || !decIsDigit(d[i]) {
			return v.fail(i, "after decimal point in numeric literal")
		}
		for i < len(d) && decIsDigit(d[i]) {
			i++
		}
	}
	if i < len(d) && (d[i] == 'e' || d[i] == 'E') {
		i++
		if i < len(d) && (d[i] == '+' || d[i] == '-') {
			i++
		}
		if i >= len(d) || !decIsDigit(d[i]) {
			return v.fail(i, "in exponent of numeric literal")
		}
		for i < len(d) && decIsDigit(d[i]) {
			i++
		}
	}
	return i, nil
}

func (v *decValidator) literal(i int, lit string) (int, *decSyntax) {
	for k := 1; k < len(lit); k++ {
		if i+k >= len(v.data) || v.data[i+k] != lit[k] {
			return v.fail(i+k, "in literal "+lit+" (expecting "+decQuoteChar(lit[k])+")")
		}
	}
	return i + len(lit), nil
}

// decPosition converts byte offsets into 1-based lines and columns (columns
// count bytes). Offsets must be asked for in increasing order for a single
// pass over the text; a smaller offset restarts from the beginning.
type decPosition struct {
	data      []byte
	off       int // offset reached so far
	line      int // line at off
	lineStart int // offset of the first byte of that line
}

func (p *decPosition) at(off int) (line, col int) {
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
