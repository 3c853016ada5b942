package encode

import (
	"errors"
	"testing"
)

// FuzzConvert decodes each input into a tree as json.Decoder with
// UseNumber does, then checks that Convert agrees with Unmarshal on the text
// (same problems by kind, path and key; same stored values) for several
// targets and options, and that a tree holding itself fails with a
// *DecodeError instead of running on.
func FuzzConvert(f *testing.F) {
	for _, tc := range strictCases {
		f.Add(tc.doc)
	}
	for _, tc := range serviceCases {
		f.Add(tc.doc)
	}
	for _, s := range []string{
		`null`, `{}`, `[]`, `{"service":null}`, `{"tls":{"cert_file":1,"x":[]}}`, `{"upstreams":[null,"a",{}]}`,
		`{"bytes":"aGVsbG8=","t":"2024-01-02T03:04:05Z","ip":"::1","raw":[1, {"x":null}]}`, `[1e400, -0, 1.0, 12345678901234567890]`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		for _, opts := range [][]Option{nil, {Strict()}, {Strict(), ExactCase(), UseNumber()}} {
			for _, target := range []func() any{
				func() any { return new(strictConfig) },
				func() any { return new(service) },
				func() any { return new(all) },
				func() any { return new(any) },
			} {
				if why := convertAgrees(t, doc, target, opts...); why != "" {
					t.Fatalf("%q: %s", doc, why)
				}
			}
		}
		tree, err := treeOf(doc)
		if err != nil {
			return
		}
		cyclic := []any{tree, nil, tree}
		cyclic[1] = cyclic
		var de *DecodeError
		if err := Convert(cyclic, new(any)); !errors.As(err, &de) || !errors.Is(err, InvalidValue) {
			t.Fatalf("%q: a cyclic tree converted with %v", doc, err)
		}
	})
}
