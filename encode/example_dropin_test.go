package encode_test

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"sync"

	json "github.com/mapkit-go/mapkit/encode"
)

// Code written against encoding/json compiles with only the import
// changed; SetIndent and SetEscapeHTML behave as json.Encoder's.
func ExampleEncoder_SetIndent() {
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	_ = enc.Encode(map[string]any{"q": "a<b", "n": []int{1}})
	// Output:
	// {
	//   "n": [
	//     1
	//   ],
	//   "q": "a<b"
	// }
}

// MarshalIndent writes json.MarshalIndent's bytes: with an empty prefix and
// indent, every element still starts a new line.
func ExampleMarshalIndent() {
	out, _ := json.MarshalIndent(map[string]any{"a": []int{1, 2}}, "", "")
	fmt.Printf("%s\n", out)
	// Output:
	// {
	// "a": [
	// 1,
	// 2
	// ]
	// }
}

// A fresh Encoder per response costs no more than a reused one, since its
// buffers come from a pool; callers who keep Encoders point them at the
// next writer with Reset.
func ExampleEncoder_Reset() {
	encoders := sync.Pool{New: func() any { return json.NewEncoder(nil) }}
	handler := func(w http.ResponseWriter, r *http.Request) {
		enc := encoders.Get().(*json.Encoder)
		defer encoders.Put(enc)
		enc.Reset(w)
		_ = enc.Encode(map[string]any{"path": r.URL.Path, "ok": true})
	}
	for _, path := range []string{"/a", "/b"} {
		rec := httptest.NewRecorder()
		handler(rec, httptest.NewRequest("GET", path, nil))
		fmt.Print(rec.Body.String())
	}
	// Output:
	// {"ok":true,"path":"/a"}
	// {"ok":true,"path":"/b"}
}

// Valid, Compact and Indent work on JSON text, as encoding/json's do, and
// fail with its *json.SyntaxError.
func ExampleCompact() {
	src := []byte(` { "a" : [1, 2] } `)
	var b bytes.Buffer
	fmt.Println(json.Valid(src), json.Compact(&b, src), b.String())
	b.Reset()
	_ = json.Indent(&b, []byte(`{"a":[1,2]}`), "", "  ")
	fmt.Println(b.String())
	fmt.Println(json.Compact(&b, []byte(`{"a":}`)))
	// Output:
	// true <nil> {"a":[1,2]}
	// {
	//   "a": [
	//     1,
	//     2
	//   ]
	// }
	// invalid character '}' looking for beginning of value
}
