package encode

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand"
	"testing"

	"github.com/leanovate/gopter/prop"
)

// spaces are the whitespace-only prefixes and indents: text indented with
// them is still valid JSON.
var spaces = []string{"", " ", "\t", "\n", "  ", " \r\n\t"}

// syntaxAgrees checks the laws that tie the functions on JSON text to the
// encoder, for the JSON text of one value: Valid accepts what Marshal
// writes, Indent of Marshal is MarshalIndent, Compact undoes indentation,
// and the text read back as a RawMessage is written as Marshal wrote it.
// A value Marshal rejects, MarshalIndent rejects too.
func syntaxAgrees(v any, prefix, indent string) string {
	compact, err := Marshal(v)
	indented, indentErr := MarshalIndent(v, prefix, indent)
	if (err == nil) != (indentErr == nil) {
		return fmt.Sprintf("Marshal: %v; MarshalIndent: %v", err, indentErr)
	}
	if err != nil {
		return "" // values encoding/json rejects are the compatibility tests' concern
	}
	if !Valid(compact) || !Valid(indented) {
		return fmt.Sprintf("Valid rejects %q or %q", compact, indented)
	}
	var b bytes.Buffer
	if err := Indent(&b, compact, prefix, indent); err != nil || !bytes.Equal(b.Bytes(), indented) {
		return fmt.Sprintf("Indent(Marshal) %q, %v; MarshalIndent %q", b.Bytes(), err, indented)
	}
	b.Reset()
	if err := Compact(&b, indented); err != nil || !bytes.Equal(b.Bytes(), compact) {
		return fmt.Sprintf("Compact(MarshalIndent) %q, %v; Marshal %q", b.Bytes(), err, compact)
	}
	again, err := Marshal(RawMessage(indented))
	if err != nil || !bytes.Equal(again, compact) {
		return fmt.Sprintf("Marshal(RawMessage) %q, %v; Marshal %q", again, err, compact)
	}
	return ""
}

func TestPropertySyntaxFunctionsAgreeWithTheEncoder(t *testing.T) {
	props := properties()
	props.Property("Valid, Compact, Indent on the encoder's output", prop.ForAll(
		func(b box) string {
			r := b.v.(*rand.Rand)
			return syntaxAgrees(randomAny(r, 4), spaces[r.Intn(len(spaces))], spaces[r.Intn(len(spaces))])
		},
		genOf(func(r *rand.Rand) any { return rand.New(rand.NewSource(r.Int63())) }),
	))
	props.Property("typed values", prop.ForAll(
		func(b box) string {
			r := b.v.(*rand.Rand)
			return syntaxAgrees(randomStruct(r), spaces[r.Intn(len(spaces))], spaces[r.Intn(len(spaces))])
		},
		genOf(func(r *rand.Rand) any { return rand.New(rand.NewSource(r.Int63())) }),
	))
	props.TestingRun(t)
}

// syntaxSameAsStd compares Valid, Compact, Indent and HTMLEscape with
// encoding/json's on arbitrary text, and the encoder's own check of
// MarshalJSON output with Valid: the encoder accepts exactly the valid
// texts and writes them as Compact (and HTMLEscape, and Indent) would.
func syntaxSameAsStd(data []byte) string {
	if Valid(data) != json.Valid(data) {
		return "Valid differs"
	}
	var got, want bytes.Buffer
	if err, stdErr := Compact(&got, data), json.Compact(&want, data); fmt.Sprint(err) != fmt.Sprint(stdErr) || got.String() != want.String() {
		return fmt.Sprintf("Compact %q, %v; std %q, %v", got.Bytes(), err, want.Bytes(), stdErr)
	}
	got.Reset()
	want.Reset()
	if err, stdErr := Indent(&got, data, ">", "\t"), json.Indent(&want, data, ">", "\t"); fmt.Sprint(err) != fmt.Sprint(stdErr) || got.String() != want.String() {
		return fmt.Sprintf("Indent %q, %v; std %q, %v", got.Bytes(), err, want.Bytes(), stdErr)
	}
	got.Reset()
	want.Reset()
	HTMLEscape(&got, data)
	json.HTMLEscape(&want, data)
	if got.String() != want.String() {
		return fmt.Sprintf("HTMLEscape %q; std %q", got.Bytes(), want.Bytes())
	}
	raw := RawMessage(append([]byte{}, data...))
	plain, err := Marshal(raw, EscapeHTML(false))
	if (err == nil) != Valid(data) {
		return fmt.Sprintf("Marshal(RawMessage): %v, Valid %v", err, Valid(data))
	}
	if err != nil {
		return ""
	}
	var compact, escaped, indented bytes.Buffer
	_ = Compact(&compact, data)
	HTMLEscape(&escaped, compact.Bytes())
	_ = Indent(&indented, escaped.Bytes(), "", "\t")
	if !bytes.Equal(plain, compact.Bytes()) {
		return fmt.Sprintf("Marshal(RawMessage, EscapeHTML(false)) %q; Compact %q", plain, compact.Bytes())
	}
	if html, _ := Marshal(raw); !bytes.Equal(html, escaped.Bytes()) {
		return fmt.Sprintf("Marshal(RawMessage) %q; HTMLEscape(Compact) %q", html, escaped.Bytes())
	}
	if ind, _ := MarshalIndent(raw, "", "\t"); !bytes.Equal(ind, indented.Bytes()) {
		return fmt.Sprintf("MarshalIndent(RawMessage) %q; Indent %q", ind, indented.Bytes())
	}
	return ""
}

// FuzzSyntax feeds arbitrary text to the functions on JSON text and to the
// encoder's check of MarshalJSON output; see syntaxSameAsStd.
func FuzzSyntax(f *testing.F) {
	for _, s := range append(fuzzSeeds, `{"a":}`, `1 2`, ``, `[1,]`, `"\x"`, "\"\x01\"", " {} \n", "[\n]\t", `{"<":"\u2028&"}`) {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if d := syntaxSameAsStd(data); d != "" {
			t.Fatalf("%q: %s", data, d)
		}
	})
}
