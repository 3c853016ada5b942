// Package jsonmap defines an Analyzer that reports JSON decoded into a
// map[string]any and then read through type assertions on literal keys.
//
// # Analyzer jsonmap
//
// jsonmap: report JSON decoded into map[string]any and read by literal keys
//
// jsonmap reports a call of encoding/json's Unmarshal(data, &m) or
// (*json.Decoder).Decode(&m) when m is a map[string]any variable of the
// function and the same function reads it through a type assertion on a
// literal key, m["name"].(T). Such code has a schema, written as string
// literals and assertions: every value is boxed, a misspelt key or a value of
// another type is a silent zero value or a panic, and nothing checks the
// document.
//
// The diagnostic names the keys it saw and points to the replacement, which
// needs sample documents and so is not applied automatically: generate the
// struct with `mapkit structgen` and decode it with
// encode.Unmarshal(data, &v, encode.Strict()), which rejects unknown fields,
// duplicate keys and type mismatches with their JSON paths.
package jsonmap
