package structgen

import (
	"bytes"
	"math/rand"
	"strconv"
)

// node is a JSON document under construction for the properties: it keeps
// key order and number literals exactly as they will be written.
type node struct {
	kind byte // 'o' object, 'a' array, 'l' literal
	lit  string
	keys []string
	kids []*node
}

func (n *node) json() []byte {
	var b bytes.Buffer
	n.write(&b)
	return b.Bytes()
}

func (n *node) write(b *bytes.Buffer) {
	switch n.kind {
	case 'l':
		b.WriteString(n.lit)
	case 'a':
		b.WriteByte('[')
		for i, k := range n.kids {
			if i > 0 {
				b.WriteByte(',')
			}
			k.write(b)
		}
		b.WriteByte(']')
	case 'o':
		b.WriteByte('{')
		for i, k := range n.kids {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(strconv.Quote(n.keys[i]))
			b.WriteByte(':')
			k.write(b)
		}
		b.WriteByte('}')
	}
}

var (
	intLits = []string{"0", "1", "-1", "42", "-0", "2147483647", "2147483648", "-2147483649",
		"9007199254740993", "9223372036854775807", "18446744073709551615",
		"123456789012345678901234567890", "-9223372036854775809"}
	floatLits = []string{"1.5", "-0.25", "1e3", "2E-3", "0.1", "1.0", "-0.0", "3.141592653589793",
		"1.00000000000000000001", "1e400", "123456789012345678901.5", "5e-324"}
	stringLits = []string{`""`, `"a"`, `"<b>&amp;"`, `"é😀"`, `"line\nbreak"`, `"\u2028"`,
		`"q\"uote"`, `"\ud83d\ude00"`}
	nameKeys = []string{"id", "name", "Name", "userId", "api_url", "items", "tags", "meta",
		"count", "price", "enabled", "x-trace", "$ref", "@type", "HTTPPort", "imagePullPolicy",
		"data", "spec", "status", "optional", "headers", "labels", "dsn", "rps", "ttl_s", "timeoutMs",
		"Optional", "IsZero", "MarkPresent"}
	dataKeys = []string{"a.b", "with space", "1st", "", "k/v", "é"}
)

func pick(r *rand.Rand, s []string) string { return s[r.Intn(len(s))] }

// randomLiteral returns a scalar literal of a random kind.
func randomLiteral(r *rand.Rand) *node {
	switch r.Intn(6) {
	case 0:
		return &node{kind: 'l', lit: "null"}
	case 1:
		return &node{kind: 'l', lit: pick(r, []string{"true", "false"})}
	case 2:
		return &node{kind: 'l', lit: pick(r, intLits)}
	case 3:
		return &node{kind: 'l', lit: pick(r, floatLits)}
	default:
		return &node{kind: 'l', lit: pick(r, stringLits)}
	}
}

// randomObject returns an object with distinct keys, names mostly.
func randomObject(r *rand.Rand, depth int) *node {
	n := &node{kind: 'o'}
	keys := nameKeys
	if r.Intn(8) == 0 {
		keys = dataKeys
	}
	used := map[string]bool{}
	for range r.Intn(6) {
		k := pick(r, keys)
		if used[k] {
			continue
		}
		used[k] = true
		n.keys = append(n.keys, k)
		n.kids = append(n.kids, randomValue(r, depth-1))
	}
	return n
}

// randomValue returns any value, nesting at most depth levels.
func randomValue(r *rand.Rand, depth int) *node {
	if depth <= 0 {
		return randomLiteral(r)
	}
	switch r.Intn(6) {
	case 0:
		return randomObject(r, depth)
	case 1:
		// An array of variants of one object, as lists of records are.
		a := &node{kind: 'a'}
		proto := randomObject(r, depth-1)
		for range r.Intn(4) {
			a.kids = append(a.kids, mutate(r, proto))
		}
		return a
	case 2:
		a := &node{kind: 'a'}
		for range r.Intn(4) {
			a.kids = append(a.kids, randomValue(r, depth-1))
		}
		return a
	default:
		return randomLiteral(r)
	}
}

// mutate returns a variant of n: keys dropped, values nulled, numbers and
// strings changed, array elements dropped or repeated.
func mutate(r *rand.Rand, n *node) *node {
	switch n.kind {
	case 'o':
		m := &node{kind: 'o'}
		for i, k := range n.keys {
			switch r.Intn(10) {
			case 0:
				continue
			case 1:
				m.keys, m.kids = append(m.keys, k), append(m.kids, &node{kind: 'l', lit: "null"})
			default:
				m.keys, m.kids = append(m.keys, k), append(m.kids, mutate(r, n.kids[i]))
			}
		}
		return m
	case 'a':
		m := &node{kind: 'a'}
		for _, k := range n.kids {
			switch r.Intn(6) {
			case 0:
			case 1:
				m.kids = append(m.kids, mutate(r, k), mutate(r, k))
			default:
				m.kids = append(m.kids, mutate(r, k))
			}
		}
		return m
	}
	if r.Intn(3) > 0 || n.lit == "null" {
		return n
	}
	switch {
	case n.lit[0] == '"':
		return &node{kind: 'l', lit: pick(r, stringLits)}
	case n.lit == "true" || n.lit == "false":
		return &node{kind: 'l', lit: pick(r, []string{"true", "false"})}
	case r.Intn(4) == 0:
		return &node{kind: 'l', lit: pick(r, floatLits)}
	default:
		return &node{kind: 'l', lit: pick(r, intLits)}
	}
}

// randomKind returns the samples of one random document kind: a random
// document and up to three variants of it.
func randomKind(seed int64) [][]byte {
	r := rand.New(rand.NewSource(seed))
	doc := randomObject(r, 4)
	samples := [][]byte{doc.json()}
	for range r.Intn(4) {
		samples = append(samples, mutate(r, doc).json())
	}
	return samples
}
