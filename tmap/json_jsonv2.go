//go:build goexperiment.jsonv2

package tmap

import "encoding/json/jsontext"

// MarshalJSONTo writes m's JSON object to enc, for encoding/json/v2: the
// bytes MarshalJSON returns, formatted by enc's options
// (by default json/v2 escapes less than encoding/json).
func (m Map[K, V]) MarshalJSONTo(enc *jsontext.Encoder) error { return writeValue(enc, m.MarshalJSON) }

// UnmarshalJSONFrom reads the next JSON value from dec into m, for
// encoding/json/v2, as UnmarshalJSON does.
func (m *Map[K, V]) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	return readValue(dec, m.UnmarshalJSON)
}

// MarshalJSONTo writes m's JSON object to enc, for encoding/json/v2: the
// bytes MarshalJSON returns, formatted by enc's options.
func (m Map2[A, B, V]) MarshalJSONTo(enc *jsontext.Encoder) error {
	return writeValue(enc, m.MarshalJSON)
}

// UnmarshalJSONFrom reads the next JSON value from dec into m, for
// encoding/json/v2, as UnmarshalJSON does.
func (m *Map2[A, B, V]) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	return readValue(dec, m.UnmarshalJSON)
}

// MarshalJSONTo writes s's JSON object to enc, for encoding/json/v2: the
// bytes MarshalJSON returns, formatted by enc's options.
func (s *Sync[K, V]) MarshalJSONTo(enc *jsontext.Encoder) error {
	return writeValue(enc, s.MarshalJSON)
}

// UnmarshalJSONFrom reads the next JSON value from dec into s, for
// encoding/json/v2, as UnmarshalJSON does.
func (s *Sync[K, V]) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	return readValue(dec, s.UnmarshalJSON)
}

// writeValue writes what marshal returns to enc as one JSON value.
func writeValue(enc *jsontext.Encoder, marshal func() ([]byte, error)) error {
	b, err := marshal()
	if err != nil {
		return err
	}
	return enc.WriteValue(b)
}

// readValue reads one JSON value from dec and hands it to unmarshal, which
// must not keep it: the decoder reuses its bytes.
func readValue(dec *jsontext.Decoder, unmarshal func([]byte) error) error {
	v, err := dec.ReadValue()
	if err != nil {
		return err
	}
	return unmarshal(v)
}
