package encode_test

import (
	"errors"
	"fmt"
	"iter"
	"math"
	"os"
	"slices"

	"github.com/mapkit-go/mapkit/encode"
)

// Encoding a decoded document: keys come out sorted, as encoding/json
// writes them, and a warm Encoder allocates nothing doing it.
func ExampleEncoder_Encode() {
	doc := map[string]any{
		"id":    42.0,
		"tags":  []any{"new", "<sale>"},
		"buyer": map[string]any{"name": "Ada", "vip": true},
	}
	enc := encode.NewEncoder(os.Stdout)
	if err := enc.Encode(doc); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {"buyer":{"name":"Ada","vip":true},"id":42,"tags":["new","\u003csale\u003e"]}
}

// Indented output without HTML escaping, as json.Encoder writes it with
// SetIndent and SetEscapeHTML(false).
func ExampleIndented() {
	enc := encode.NewEncoder(os.Stdout, encode.Indented("", "  "), encode.EscapeHTML(false))
	_ = enc.Encode(map[string]any{"query": "a<b", "limits": []int{1, 2}, "empty": map[string]any{}})
	// Output:
	// {
	//   "empty": {},
	//   "limits": [
	//     1,
	//     2
	//   ],
	//   "query": "a<b"
	// }
}

// rows stands for a database cursor: pairs arrive one by one, in the
// cursor's order.
func rows() iter.Seq2[string, int64] {
	return func(yield func(string, int64) bool) {
		for i, name := range []string{"zeta", "alpha", "mid"} {
			if !yield(name, int64(i*10)) {
				return
			}
		}
	}
}

// Object streams an object from an iterator without building a map; the
// keys keep the iterator's order.
func ExampleObject() {
	enc := encode.NewEncoder(os.Stdout)
	if err := encode.Object(enc, rows()); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {"zeta":0,"alpha":10,"mid":20}
}

// Inventory keeps its keys sorted, so it can stream itself without sorting.
type Inventory struct {
	names  []string // sorted
	counts []int
}

func (inv *Inventory) Add(name string, n int) {
	i, _ := slices.BinarySearch(inv.names, name)
	inv.names = slices.Insert(inv.names, i, name)
	inv.counts = slices.Insert(inv.counts, i, n)
}

// MarshalJSONStream writes the inventory as an object, in key order.
func (inv *Inventory) MarshalJSONStream(s *encode.Stream) error {
	return encode.WriteObject(s, func(yield func(string, int) bool) {
		for i, name := range inv.names {
			if !yield(name, inv.counts[i]) {
				return
			}
		}
	})
}

// A StreamMarshaler writes itself into the encoder, nested anywhere in a value.
func ExampleStreamMarshaler() {
	var inv Inventory
	inv.Add("pears", 3)
	inv.Add("apples", 5)
	out, err := encode.Marshal(map[string]any{"store": "north", "stock": &inv})
	fmt.Println(string(out), err)
	// Output:
	// {"stock":{"apples":5,"pears":3},"store":"north"} <nil>
}

// Errors name the path of the value that cannot be encoded.
func ExampleValueError() {
	_, err := encode.Marshal(map[string]any{"orders": []any{1.5, math.NaN()}})
	var ve *encode.ValueError
	if errors.As(err, &ve) {
		fmt.Println(ve.Path())
	}
	fmt.Println(err)
	// Output:
	// orders[1]
	// encode: orders[1]: unsupported value: NaN
}
