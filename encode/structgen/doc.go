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
//     is Optional[T], a small generic type written into the same file.
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
//     keys, when a key is not name-like (an ASCII letter, '_', '$' or '@'
//     first, then letters, digits, '_', '-' or '$': so "app.kubernetes.io/name"
//     and "@types/node" are data), or when its key sets vary: two or more
//     objects at the position, two or more keys, none common to all, values
//     of one kind.
//   - The elements of an array merge into one element type; arrays of
//     objects give one struct whose fields are optional where some element
//     lacked them.
//
// Fields come in the order their keys first appear over the samples, taken
// in the order given; json tags are the keys exactly. Field and type names
// follow Go style (APIVersion, UserID, TopicIDs); elements of arrays and
// values of maps are named in singular (containers → Container). A name
// already taken gets the parent type's name in front (TemplateSpec), then a
// number; structs of the same shape share one type. The output is formatted
// with go/format and depends only on the samples and Options.
//
// Samples that are not valid JSON, that repeat a key in an object or that are
// null at the top level are rejected with a *SampleError naming the sample,
// line and column.
//
// The mapkit command runs this as `mapkit structgen [-type Name] [-pkg name]
// [-o file] sample.json ...`.
package structgen
