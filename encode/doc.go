// Package encode writes JSON that is byte for byte what encoding/json
// writes, streaming, with sorted keys and without allocating, and decodes
// JSON strictly, with paths in its errors.
//
// # Encoding
//
// Marshal and Encoder.Encode are drop-in replacements for json.Marshal and
// json.Encoder.Encode: for every value encoding/json accepts they produce the
// same bytes (map keys sorted by their text, HTML-sensitive characters
// escaped unless EscapeHTML(false), indentation as json.MarshalIndent with
// Indented or MarshalIndent, and as json.Encoder with Encoder.SetIndent), and
// they fail wherever encoding/json fails: NaN and infinite floats, channels,
// functions, complex numbers, maps with unsupported key types, cyclic
// values, invalid json.Number literals, and MarshalJSON or MarshalText
// methods that fail or return invalid JSON. Failures are
// returned as a *ValueError that names the path of the offending value
// ("orders[3].total") and wraps the error encoding/json would return, so
// errors.As with *json.UnsupportedValueError and its siblings keeps working.
//
// What differs is how the output is produced:
//
//   - Streaming. An Encoder hands its output to the writer in pieces of at
//     most 64 KiB while it encodes, through a 32 KiB buffer, instead of
//     building the whole document first. Memory stays bounded by the buffer,
//     the nesting depth and the keys of the maps being written, whatever the
//     size of the value. The first write error stops encoding and is
//     returned.
//   - No allocation. The common shapes of data (map[string]any and []any as
//     decoded JSON, maps and slices of strings, numbers and bools) are
//     written without reflection, and keys are sorted in pooled scratch
//     space that Encode and Marshal take when they start and hand back when
//     they return, so they encode them with zero allocations once the pool
//     is warm, and a fresh Encoder per value costs no more than a reused
//     one (Encoder.Reset lets callers pool Encoders too).
//     Small objects that repeat a key set, as the records of an array do,
//     are written in the order remembered from the first one, with their
//     keys already escaped, so they are neither iterated nor sorted again.
//     Structs, and the pointers, slices, arrays and string-keyed maps they
//     hold, are written by encoders compiled once per type from the layout
//     reflect reports (field offsets, element sizes, kinds, tags, which
//     methods apply): they read the value in place through its address,
//     with no reflect.Value walk, no boxing and, once warm, no allocation.
//     They use no go:linkname, assembly or runtime internals, so they build
//     and stay correct on every Go release from 1.24 on and under the race
//     detector's pointer checks. Other types go through encoders built once
//     per type by reflection and cached.
//   - Streaming sources. Object writes an object straight from an iterator
//     of key/value pairs, such as a database cursor, without building a map.
//     A type implementing StreamMarshaler writes itself into the encoder's
//     Stream with WriteObject or WriteValue; a container that keeps its keys
//     sorted (tmap.Map in this module) is then encoded with no sorting and
//     no allocation, nested or at the top level. StreamMarshaler is preferred
//     to json.Marshaler. It is this package's counterpart of json/v2's
//     MarshalerTo (MarshalJSONTo(*jsontext.Encoder) error), named apart so
//     that one type can implement both and stream under either package:
//     built with GOEXPERIMENT=jsonv2 (and from the Go release that makes
//     json/v2 the default), tmap's maps and safelog's bounded values
//     implement both. Use StreamMarshaler for output through this package,
//     whose bytes match encoding/json's; json/v2 formats what MarshalJSONTo
//     writes by its own options.
//
// The rest of encoding/json's encoding API is here under the same names, so
// that code written against it compiles with only the import changed:
// MarshalIndent, Encoder.SetIndent and Encoder.SetEscapeHTML; Valid,
// Compact, Indent and HTMLEscape, which are encoding/json's own functions;
// and Marshaler, Number, RawMessage and the error types, as aliases of
// encoding/json's, so errors.As finds either name.
//
// # Which encoding/json
//
// The bytes and errors to match are those of the encoding/json built into
// the program. Go 1.26 rebuilds encoding/json on encoding/json/v2 under
// GOEXPERIMENT=jsonv2 (Go 1.27 is to make that the default); its output then
// changes in a few places, and this package follows, through files selected
// by the goexperiment.jsonv2 build tag. The differential tests run against
// either build (GOEXPERIMENT=jsonv2 go test ./encode); what they show
// differs with Go 1.26 is:
//
//   - Invalid UTF-8 in strings and keys is written as U+FFFD itself, where
//     earlier versions write the escape \ufffd.
//   - Any output nested deeper than 10000 levels fails, MarshalJSON output
//     included, where earlier versions limit only indented output and each
//     MarshalJSON result on its own.
//   - A map key of a string kind with a MarshalText method is written
//     through the method, where earlier versions write the string.
//   - Map key types are checked key by key: an empty map of any key type is
//     {}, float keys are written as numbers, interface keys by their dynamic
//     value (strings, integers, TextMarshalers), and any other key fails
//     with a *json.UnsupportedValueError, where earlier versions reject the
//     map type with a *json.UnsupportedTypeError.
//
// One behaviour is not copied: encoding/json on json/v2 in Go 1.26 exhausts
// the stack on an interface that points to itself; this package reports
// the cycle.
//
// Cyclic values (a map containing itself, a pointer cycle, a slice holding
// itself) are detected as encoding/json detects them, past 1000 nested
// references, and fail instead of exhausting the stack; deep values without
// cycles still encode. MaxDepth sets a hard limit on nesting.
//
// Marshal, NewEncoder and the package's caches are safe for concurrent use;
// an Encoder is used by one goroutine at a time.
//
// # Decoding
//
// Unmarshal is a drop-in replacement for json.Unmarshal: without options it
// stores the same values and fails on the same inputs, with the same
// support for json.Unmarshaler, encoding.TextUnmarshaler, json.Number,
// json.RawMessage, ",string", embedded structs and case-insensitive key
// matching. Its errors say where: every problem is a *PathError with a Kind,
// the JSON path of the value (upstreams[1].timout_ms, with keys that are not
// identifiers quoted: labels["app.kubernetes.io/name"]), the line and column,
// and for a misspelt key the closest field name. All problems of a document
// come back together in one *DecodeError, so a config is fixed in one pass:
// type mismatches (where encoding/json reports only the first), values
// rejected by their UnmarshalJSON or UnmarshalText method, and the checks
// below; what is stored is still exactly what json.Unmarshal stores. The
// first problem is the one encoding/json would return: errors.As finds its
// *json.SyntaxError or *json.UnmarshalTypeError (with encoding/json's
// Offset, Struct and Field), and the message begins with encoding/json's
// text. A syntax error stops decoding before anything is stored.
//
// Strict() adds the checks a config needs: unknown fields, duplicate keys
// (including two keys that fold to one field) and data after the value are
// errors. Keys match fields case-insensitively, as in encoding/json, also
// under Strict; ExactCase() makes them match only as spelled, as
// encoding/json/v2 does, so that "Service" for "service" is an unknown
// field with a suggestion. A field tagged `mapkit:"required"` must be
// present in its object and not null, in either mode (null is reported as
// MissingRequired at the null; `mapkit:"required,nullable"` accepts it);
// the option lives in its own tag because vet-style checkers such as
// staticcheck flag json tag options they do not know. A wrapper that
// records presence, such as the Optional[T] that encode/structgen writes,
// implements Presence: the decoder then decodes inside it itself, with
// the same checks, paths and suggestions as everywhere else.
//
// Configs need conversions JSON does not have; they are options, each for
// one target type, rather than a loose mode: ParseDurations reads "30m"
// into a time.Duration, Hook[T] decodes every T with a function (an
// error is an InvalidValue at its path), and any encoding.TextUnmarshaler
// (time.Time, netip.Addr) reads a JSON string, as in encoding/json.
// docs/config.md maps the features of mapstructure to these.
//
// NewDecoder reads a stream of values from a file or connection, with
// json.Decoder's methods (Token, More, Buffered, UseNumber,
// DisallowUnknownFields) plus Reset, scanning each byte once however the
// reader splits the stream, and with positions counted from its start; under Strict, bytes that
// cannot start the next value are trailing data, while a further complete
// value is the next value of the stream. Convert takes a document already
// decoded into map[string]any and []any (float64 or json.Number numbers), as
// code migrating from untyped configs holds it, or built from typed values
// ([]string, map[string]string, time.Time, named numbers), and stores it
// into a typed value with the same rules and the same paths, without line
// and column; a source that holds itself is reported, not walked forever.
//
// Decoding validates the input first, as encoding/json does, then decodes
// with reflection, using per-type field tables shared with the encoder. On
// the benchmark documents it runs at encoding/json's speed or faster, with
// as many or fewer allocations (go test -bench BenchmarkUnmarshal ./encode).
package encode
