// Package structgen writes Go types for JSON documents from samples of them,
// so that code decoding configs and payloads into map[string]any can move to
// typed structs without writing them by hand.
//
// Give it one or more samples of the same kind of document (the configs of
// several services, a few API responses) and it returns Go source:
//
//	src, err := structgen.Generate(samples, structgen.Options{Package: "config", TypeName: "Config"})
//
// # The guarantee
//
// Every sample decodes into the generated root type with strict decoding
// (encode.Unmarshal with encode.Strict(): no unknown field, no duplicate key,
// no type mismatch) and encodes back with encoding/json.Marshal to the same
// JSON: the same values, keys and nulls, numbers equal as written (1.5 and
// 1.50 are equal, 1.00000000000000000001 and 1 are not). Whitespace, the key
// order of maps and the spelling of numbers and string escapes may change.
// The package's tests compile the generated code and check this on golden
// documents, real-world documents and random ones.
//
// # How types are chosen
//
// Infer merges the samples into a Type tree, one node per position (the
// root, each object key, the elements of each array). From it Source writes:
//
//   - A key present in every object is a plain field. A key missing from some
//     is a pointer tagged omitzero (slices, maps, any and json.RawMessage
//     stay as they are), so absence, an explicit zero and an empty {} or []
//     each survive. A key that is null in some objects is a pointer without
//     omitzero, so the null survives. A key both missing and null somewhere
//     is Optional[T], a small generic type written into the same file. It
//     implements encode.Presence, so encode.Unmarshal and encode.Convert
//     decode inside it with their own options (unknown fields, duplicates,
//     paths, suggestions, every error at once); other decoders go through
//     its UnmarshalJSON. Its name is OptionalField when the root type or a
//     struct of Options.Structs is called Optional.
//   - With Options.Required, a key present in every object at its position
//     is tagged `mapkit:"required"`, or `mapkit:"required,nullable"` when
//     some sample set it to null, so that encode reports it missing.
//   - Integers stay integers: int when every value fits int32, int64,
//     uint64, and json.Number beyond. A fraction or exponent in any sample
//     makes float64, or json.Number when some literal would not survive
//     float64 (more digits than float64 keeps, or out of its range).
//   - Values of different kinds at one position (a string here, a number
//     there) become json.RawMessage, which keeps them exactly as written; a
//     position that only ever held null, or elements of arrays that were
//     always empty, is any.
//   - An object is a struct when its keys are names. Its keys are data, and
//     it becomes map[string]T with T merged over its values, when it has no
//     keys; when a key is not name-like (an ASCII letter, '_', '$' or '@'
//     first, then letters, digits, '_', '-' or '$': so "app.kubernetes.io/name"
//     and "@types/node" are data), reads as an ID (a UUID, four digits in a
//     row, a hash of 16 or more hex digits) or is spelled as an HTTP header
//     ("Content-Type", "X-Request-ID"); or, when its values are of one kind,
//     if its own key names data in configs (headers, labels, annotations,
//     env, environment, tags, vars, variables, scripts, dependencies and
//     their kin, matchLabels, nodeSelector, feature_flags; values that are
//     objects excepted), if the objects at the position have 8 or more
//     distinct keys and none has half of them, or if its key sets vary (two
//     or more objects, two or more keys, none common to all).
//     Options.Maps and Options.Structs force a map or a named struct at
//     given paths.
//   - The elements of an array merge into one element type; arrays of
//     objects give one struct whose fields are optional where some element
//     lacked them.
//
// Fields come in the order their keys first appear over the samples, taken
// in the order given; json tags are the keys exactly. Field and type names
// follow Go style: words split at separators and camel-case humps,
// capitalized, with initialisms in capitals (APIVersion, UserID, TopicIDs,
// DSN, RPS, TTL, HTTP, URL: the list staticcheck checks and the ones
// configs use), and a last word that abbreviates a time unit spelled out
// (ttl_s → TTLSeconds, timeout_ms → TimeoutMilliseconds, so a unit never
// reads as a plural). Names are exported, so never Go keywords or
// predeclared names; elements of arrays and values of maps are named in
// singular (containers → Container). A name already taken gets the parent
// type's name in front (TemplateSpec), then a number, among fields of one
// struct as among types; structs of the same shape share one type. The
// output is formatted with go/format and depends only on the samples and
// Options.
//
// Samples that are not valid JSON, that repeat a key in an object or that are
// null at the top level are rejected with a *SampleError naming the sample,
// line and column.
//
// The mapkit command runs this as `mapkit structgen [-type Name] [-pkg name]
// [-o file] [-required] [-map path]... [-struct path=Name]... sample.json ...`,
// also from another module with
// `go run github.com/mapkit-go/mapkit/cmd/mapkit@latest structgen ...`.
//
// # Why it lives under encode
//
// structgen imports nothing from encode: it reads samples with
// encoding/json's Decoder and prints source. It sits under encode because what it writes is
// written for encode's decoder: the `mapkit:"required"` tags, the
// encode.Presence method of Optional and the guarantee above are all
// defined by encode.Unmarshal with encode.Strict(), and the two change
// together. Code that only wants plain encoding/json types can still use
// it; its output needs no mapkit import.
package structgen
