package safelog

import (
	"math"
	"reflect"
	"strconv"
	"sync"

	"github.com/mapkit-go/mapkit/internal/escape"
	"github.com/mapkit-go/mapkit/internal/jsonnum"
	"github.com/mapkit-go/mapkit/safelog/internal/walk"
)

// printer is the sink behind Format, Append and Value.MarshalJSON: it
// renders a value as text (fmt's %v layout) or as JSON into buf, never past
// limit bytes. Open containers hold back room for their closing bracket
// (and their "...+N" marker when entries are left out for sure), so a walk
// that runs out of budget can always close what it opened; an entry that
// does not fit at all is taken back and counted as left out.
type printer struct {
	buf     []byte
	start   int // where this value's output begins in buf
	limit   int // bytes this value may take
	reserve int // bytes held back for closing open containers
	full    bool
	failed  bool // the last value did not fit at all
	json    bool
	level   int
	// maxString is the walker's MaxString, for strings shown directly
	maxString int
	marks     []int // where each entry of the open containers starts
	// the outermost container's entry count and shown entries, for summaries
	topLen, topShown int
	w                *walk.Walker
}

// maxPooledBuf bounds the buffer a pooled printer keeps.
const maxPooledBuf = 64 << 10

var printers = sync.Pool{New: func() any { return new(printer) }}

func getPrinter(r resolved, jsonMode bool) *printer {
	p := printers.Get().(*printer)
	lim := r.walk
	lim.JSON = jsonMode
	p.limit, p.json, p.w = r.walk.MaxBytes, jsonMode, walk.Get(lim)
	p.maxString = p.w.Limits().MaxString
	return p
}

func (p *printer) put() {
	p.w.Put()
	buf := p.buf
	if cap(buf) > maxPooledBuf {
		buf = nil
	}
	*p = printer{buf: buf[:0], marks: p.marks[:0]}
	printers.Put(p)
}

// render appends v to dst within p's limits and returns the result.
func (p *printer) render(dst []byte, v any, summary bool) []byte {
	p.buf, p.start = dst, len(dst)
	p.w.Walk(v, p)
	if p.failed {
		// Not even a marker fitted: show that something was there.
		mark := walk.Ellipsis
		if p.json {
			mark = `"` + walk.Ellipsis + `"`
		}
		p.buf = p.buf[:p.start]
		if p.limit >= len(mark) {
			p.buf = append(p.buf, mark...)
		}
	}
	if summary && p.full {
		p.summarize(v)
	}
	return p.buf
}

func (p *printer) used() int { return len(p.buf) - p.start }

// room is what the current value may still write.
func (p *printer) room() int { return p.limit - p.reserve - p.used() }

func (p *printer) fail() { p.failed, p.full = true, true }

// check takes back what was written since mark if it broke the budget.
func (p *printer) check(mark int) {
	if p.room() < 0 {
		p.buf = p.buf[:mark]
		p.fail()
	}
}

func (p *printer) token(t string) {
	if len(t) > p.room() {
		p.fail()
		return
	}
	p.buf = append(p.buf, t...)
}

func (p *printer) Nil() {
	if p.json {
		p.token("null")
		return
	}
	p.token("<nil>")
}

func (p *printer) Bool(b bool) { p.token(strconv.FormatBool(b)) }

func (p *printer) Int(i int64) {
	mark := len(p.buf)
	p.buf = strconv.AppendInt(p.buf, i, 10)
	p.check(mark)
}

func (p *printer) Uint(u uint64) {
	mark := len(p.buf)
	p.buf = strconv.AppendUint(p.buf, u, 10)
	p.check(mark)
}

func (p *printer) Float(f float64, bitSize int) {
	mark := len(p.buf)
	switch {
	case !p.json:
		p.buf = strconv.AppendFloat(p.buf, f, 'g', -1, bitSize)
	case jsonnum.Valid(f):
		p.buf = jsonnum.AppendFloat(p.buf, f, bitSize)
	default:
		p.buf = append(p.buf, '"')
		p.buf = strconv.AppendFloat(p.buf, f, 'g', -1, bitSize)
		p.buf = append(p.buf, '"')
	}
	p.check(mark)
}

// Complex prints (re+imi) as fmt does; JSON has no complex numbers, so
// there it is that text as a string.
func (p *printer) Complex(c complex128, bitSize int) {
	mark := len(p.buf)
	if p.json {
		p.buf = append(p.buf, '"')
	}
	p.buf = append(p.buf, '(')
	p.buf = strconv.AppendFloat(p.buf, real(c), 'g', -1, bitSize/2)
	im := len(p.buf)
	p.buf = strconv.AppendFloat(p.buf, imag(c), 'g', -1, bitSize/2)
	if p.buf[im] != '+' && p.buf[im] != '-' {
		p.buf = append(p.buf[:im+1], p.buf[im:]...)
		p.buf[im] = '+'
	}
	p.buf = append(p.buf, "i)"...)
	if p.json {
		p.buf = append(p.buf, '"')
	}
	p.check(mark)
}

// escape appends s escaped (quoted in JSON), with the runes that could
// break or disguise a line (C1 controls, U+2028/9, bidi controls) written
// as \uXXXX escapes in both forms.
func (p *printer) escape(dst []byte, s string) []byte {
	mark := len(dst)
	if p.json {
		dst = escape.AppendJSON(dst, s, true)
	} else {
		dst = escape.AppendText(dst, s)
	}
	if !walk.LineSafeBytes(dst[mark:]) {
		dst = walk.AppendLineSafe(dst[:mark], string(dst[mark:]))
	}
	return dst
}

// Raw writes b, a JSON value from the walker, when it fits.
func (p *printer) Raw(b []byte) bool {
	if len(b) > p.room() {
		return false
	}
	p.buf = append(p.buf, b...)
	return true
}

// String writes s escaped (quoted in JSON). When s was cut by the walker or
// does not fit, it writes the longest prefix that fits followed by the
// "...+NB" marker; it never escapes more of s than the room left, so a huge
// string costs no more than the budget.
func (p *printer) String(s string, cut int) {
	room := p.room()
	mark := len(p.buf)
	if cut == 0 && len(s) <= room {
		if !p.json && escape.TextPlain(s) {
			p.buf = append(p.buf, s...)
			return
		}
		p.buf = p.escape(p.buf, s)
		if p.room() >= 0 {
			return
		}
		p.buf = p.buf[:mark]
	}
	open, close := 0, 0
	if p.json {
		open, close = 1, 1
	}
	avail := room - close - walk.CutLen(cut+len(s))
	if avail < open {
		p.fail()
		return
	}
	n := walk.CutUTF8(s, avail)
	for {
		p.buf = p.escapePrefix(p.buf[:mark], s[:n])
		written := len(p.buf) - mark
		if written <= avail {
			break
		}
		// Shrink in proportion to the escapes seen: a few passes at most,
		// each over no more than the room left.
		n = walk.CutUTF8(s, min(n*avail/written, n-1))
	}
	if n < len(s) {
		p.full = true
	}
	p.buf = walk.AppendCut(p.buf, cut+len(s)-n)
	if p.json {
		p.buf = append(p.buf, '"')
	}
}

// escapePrefix writes s escaped, in JSON with its opening quote only.
func (p *printer) escapePrefix(dst []byte, s string) []byte {
	dst = p.escape(dst, s)
	if p.json {
		return dst[:len(dst)-1]
	}
	return dst
}

func (p *printer) Map(c *walk.Container)  { p.container(c) }
func (p *printer) List(c *walk.Container) { p.container(c) }

// delimiters returns the opening and closing tokens of c.
func (p *printer) delimiters(c *walk.Container) (open, close string) {
	switch {
	case p.json && c.Kind() == walk.ListKind:
		return "[", "]"
	case p.json:
		return "{", "}"
	}
	i := 0
	if c.Addr() {
		i = 1
	}
	switch c.Kind() {
	case walk.MapKind:
		return [2]string{"map[", "&map["}[i], "]"
	case walk.StructKind:
		return [2]string{"{", "&{"}[i], "}"
	}
	return [2]string{"[", "&["}[i], "]"
}

// marker appends the left-out marker of a container with shown entries
// shown before it.
func (p *printer) marker(keyed bool, shown, left int) {
	if shown > 0 {
		p.buf = append(p.buf, p.sep()...)
	}
	switch {
	case p.json && !keyed:
		p.buf = append(p.buf, '"')
		p.buf = walk.AppendCount(p.buf, left)
		p.buf = append(p.buf, '"')
	case p.json:
		p.buf = append(p.buf, `"`+walk.OmittedKey+`":`...)
		p.buf = strconv.AppendInt(p.buf, int64(left), 10)
	default:
		p.buf = walk.AppendCount(p.buf, left)
	}
}

// markerLen is the length of that marker.
func (p *printer) markerLen(keyed bool, shown, left int) int {
	n := 0
	if shown > 0 {
		n++
	}
	switch {
	case p.json && !keyed:
		return n + len(`""`) + walk.CountLen(left)
	case p.json:
		return n + len(`"`+walk.OmittedKey+`":`) + walk.Digits(left)
	}
	return n + walk.CountLen(left)
}

func (p *printer) sep() string {
	if p.json {
		return ","
	}
	return " "
}

// container writes c with as many entries as fit. When entries are left
// out for sure (MaxKeys, MaxDepth), room for the marker is held back from
// the start; when they are left out only because the budget ran short,
// entries already written are taken back, last first, until the marker
// fits.
func (p *printer) container(c *walk.Container) {
	open, close := p.delimiters(c)
	keyed := c.Kind() != walk.ListKind
	start := len(p.buf)
	hold := len(close)
	certain := c.Shown() < c.Len()
	if certain {
		hold += p.markerLen(keyed, c.Shown(), c.Len()-c.Shown())
	}
	if len(open)+hold > p.room() {
		p.fail()
		return
	}
	p.buf = append(p.buf, open...)
	p.reserve += hold
	p.level++
	base := len(p.marks)
	shown := 0
	for i := 0; i < c.Shown() && !p.full; i++ {
		mark := len(p.buf)
		if k, ok := p.plainKey(c, i, keyed); ok {
			if i > 0 {
				p.buf = append(p.buf, ' ')
			}
			p.buf = append(p.buf, k...)
			p.buf = append(p.buf, ':')
		} else {
			if i > 0 {
				p.token(p.sep())
			}
			if keyed && !p.failed {
				p.key(c, i)
				if !p.failed {
					p.token(":")
				}
			}
		}
		if !p.failed {
			p.value(c, i)
		}
		if p.failed {
			p.buf = p.buf[:mark]
			p.failed = false
			break
		}
		p.marks = append(p.marks, mark)
		shown++
	}
	p.level--
	p.reserve -= hold
	left := c.Len() - shown
	// The marker may have grown a digit since room was held for it.
	for left > 0 && p.markerLen(keyed, shown, left)+len(close) > p.room() {
		if shown == 0 {
			p.marks = p.marks[:base]
			p.buf = p.buf[:start]
			p.fail()
			return
		}
		shown--
		left++
		p.buf = p.buf[:p.marks[base+shown]]
	}
	p.marks = p.marks[:base]
	if p.level == 0 {
		p.topLen, p.topShown = c.Len(), shown
	}
	if left > 0 {
		p.marker(keyed, shown, left)
	}
	p.buf = append(p.buf, close...)
}

// value writes the value of entry i: plain values held in interfaces
// directly, as the walker would report them, the others through the walker.
func (p *printer) value(c *walk.Container, i int) {
	if v, ok := c.Value(i); ok {
		switch x := v.(type) {
		case nil:
			p.Nil()
			return
		case string:
			if len(x) <= p.maxString {
				p.String(x, 0)
				return
			}
		case float64:
			p.Float(x, 64)
			return
		case int64:
			p.Int(x)
			return
		case int:
			p.Int(int64(x))
			return
		case bool:
			p.Bool(x)
			return
		}
	}
	c.Walk(i, p)
}

// plainKey returns the key of entry i when, in the text form, it is a
// string of printable ASCII within MaxString that fits, with the separator
// before it and the colon after it: what the general path would write
// unchanged.
func (p *printer) plainKey(c *walk.Container, i int, keyed bool) (string, bool) {
	if p.json || !keyed {
		return "", false
	}
	k, ok := c.Key(i)
	return k, ok && len(k) <= p.maxString && len(k)+2 <= p.room() && escape.TextPlain(k)
}

// key writes the key of entry i: in JSON as Container.Name gives it, in
// text as fmt prints it.
func (p *printer) key(c *walk.Container, i int) {
	if p.json {
		p.String(c.Name(i))
		return
	}
	k, ok := c.Key(i)
	if ok && len(k) <= p.maxString {
		p.String(k, 0)
		return
	}
	c.WalkKey(i, p)
}

// summarize replaces the output with a one-line summary of v.
func (p *printer) summarize(v any) {
	typ := "<nil>"
	if t := reflect.TypeOf(v); t != nil {
		typ = t.String()
	}
	n, size := p.topLen, p.used()
	if s, ok := v.(string); ok {
		n, size = len(s), len(s)
	} else if p.topShown > 0 {
		size = int(math.Min(float64(size)/float64(p.topShown)*float64(p.topLen), math.MaxInt32))
	}
	mark := p.start
	p.buf = p.buf[:mark]
	p.reserve, p.failed, p.full = 0, false, false
	line := make([]byte, 0, 64)
	line = append(line, '<')
	line = escape.AppendText(line, typ)
	line = append(line, " len="...)
	line = strconv.AppendInt(line, int64(n), 10)
	line = append(line, " size~"...)
	line = appendSize(line, size)
	line = append(line, '>')
	p.String(string(line), 0)
}

func appendSize(b []byte, n int) []byte {
	const unit = 1024
	if n < unit {
		return append(strconv.AppendInt(b, int64(n), 10), 'B')
	}
	f, suffix := float64(n), "KMGT"
	i := -1
	for f >= unit && i < len(suffix)-1 {
		f /= unit
		i++
	}
	b = strconv.AppendFloat(b, f, 'f', 1, 64)
	return append(b, suffix[i], 'B')
}
