package encode

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"
)

// decOnlyKinds reports whether every problem in err is of one of kinds.
func decOnlyKinds(err error, kinds ...ErrorKind) bool {
	var de *DecodeError
	if !errors.As(err, &de) {
		return false
	}
	for _, e := range de.Errors {
		ok := false
		for _, k := range kinds {
			ok = ok || e.Kind == k
		}
		if !ok {
			return false
		}
	}
	return true
}

func FuzzUnmarshalStrict(f *testing.F) {
	for _, tc := range decStrictCases {
		f.Add([]byte(tc.doc))
	}
	for _, s := range []string{
		``, `null`, `{}`, `[]`, `{"a":1,"a":2}`, `{"i":"1","q":"12","qs":"\"x\"","mt":{"a-b":1}}`,
		`{"bytes":"aGVsbG8=","t":"2024-01-02T03:04:05Z","ip":"::1","raw":[1, {"x":null}]}`,
		`[1e400, -0, "\ud800", "\u00e9"]`, "{\"\xff\":1}", `{"a":{"b":[{"c":{}}]}} 1`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var std, strict map[string]any
		errStd := json.Unmarshal(data, &std)
		errStrict := Unmarshal(data, &strict, Strict())
		switch {
		case errStd == nil && errStrict != nil && !decOnlyKinds(errStrict, DuplicateKey):
			t.Fatalf("json.Unmarshal accepts %q into a map, Strict fails: %v", data, errStrict)
		case errStd != nil && errStrict == nil:
			t.Fatalf("json.Unmarshal rejects %q (%v), Strict accepts it", data, errStd)
		case errStd == nil && !decDeepEqual(std, strict):
			t.Fatalf("%q: std %#v, strict %#v", data, std, strict)
		}

		var stdAny, ourAny any
		errStd = json.Unmarshal(data, &stdAny)
		errOur := Unmarshal(data, &ourAny)
		if (errStd == nil) != (errOur == nil) || !decDeepEqual(stdAny, ourAny) {
			t.Fatalf("%q: std %#v (%v), ours %#v (%v)", data, stdAny, errStd, ourAny, errOur)
		}

		for _, v := range []any{new(decConfig), new(decAll), new([]decAll)} {
			err := Unmarshal(data, v, Strict())
			var de *DecodeError
			if err != nil && !errors.As(err, &de) {
				t.Fatalf("%q: untyped error %v", data, err)
			}
			if de != nil {
				for _, e := range de.Errors {
					if e.Line < 1 || e.Column < 1 || e.Offset < 0 || e.Offset > int64(len(data)) {
						t.Fatalf("%q: bad position in %v", data, e)
					}
				}
			}
		}
		dec := NewDecoder(decOneByte{r: bytes.NewReader(data)}, Strict())
		for range 4 {
			if dec.Decode(new(any)) != nil {
				break
			}
		}
	})
}
