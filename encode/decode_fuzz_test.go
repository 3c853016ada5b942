package encode

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"
)

// onlyKinds reports whether every problem in err is of one of kinds.
func onlyKinds(err error, kinds ...ErrorKind) bool {
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
	for _, tc := range strictCases {
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
		case errStd == nil && errStrict != nil && !onlyKinds(errStrict, DuplicateKey):
			t.Fatalf("json.Unmarshal accepts %q into a map, Strict fails: %v", data, errStrict)
		case errStd != nil && errStrict == nil:
			t.Fatalf("json.Unmarshal rejects %q (%v), Strict accepts it", data, errStd)
		case errStd == nil && !deepEqual(std, strict):
			t.Fatalf("%q: std %#v, strict %#v", data, std, strict)
		}

		var stdAny, ourAny any
		errStd = json.Unmarshal(data, &stdAny)
		errOur := Unmarshal(data, &ourAny)
		if (errStd == nil) != (errOur == nil) || !deepEqual(stdAny, ourAny) {
			t.Fatalf("%q: std %#v (%v), ours %#v (%v)", data, stdAny, errStd, ourAny, errOur)
		}

		for _, v := range []any{new(strictConfig), new(all), new([]all)} {
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
		if msg := compareStreams(string(data), schedule{size: 1, failAt: -1}); msg != "" {
			t.Fatal(msg)
		}
		stdDec := json.NewDecoder(bytes.NewReader(data))
		dec := NewDecoder(oneByte{r: bytes.NewReader(data)}, Strict())
		for range 4 {
			var want, got any
			errStd := stdDec.Decode(&want)
			errStrict := dec.Decode(&got)
			if errStd != nil {
				if errStrict == nil {
					t.Fatalf("%q: json.Decoder fails (%v), the Strict Decoder does not", data, errStd)
				}
				break
			}
			if errStrict != nil && !onlyKinds(errStrict, DuplicateKey) {
				t.Fatalf("%q: json.Decoder decodes %#v, the Strict Decoder fails: %v", data, want, errStrict)
			}
			if !deepEqual(want, got) {
				t.Fatalf("%q: json.Decoder decodes %#v, the Strict Decoder %#v", data, want, got)
			}
		}
	})
}

func FuzzDecoderStream(f *testing.F) {
	for _, s := range []string{
		``, ` `, `12`, `12 `, `"a" [1,2] {"b":null}`, `1 2 3`, `truefalse`, `{}{}`, `[1] }`, `{"a":[1,2`,
		`-0.5e+3 "\u00e9\ud800" null`, "\xff", `[` + `"x",` + `]`,
	} {
		f.Add([]byte(s), uint16(1), int16(-1), false)
		f.Add([]byte(s), uint16(1460), int16(len(s)/2), true)
		f.Add([]byte(s), uint16(0), int16(len(s)), false)
	}
	f.Fuzz(func(t *testing.T, data []byte, size uint16, failAt int16, withData bool) {
		s := schedule{size: int(size), failAt: max(int(failAt), -1), withData: withData, seed: int64(size)}
		if msg := compareStreams(string(data), s); msg != "" {
			t.Fatalf("%v: %s", s, msg)
		}
	})
}
