// Package doctypes holds the Go types of the benchmark documents twitter.json,
// citm_catalog.json and canada.json, as `mapkit structgen` infers them, so
// that the bench suite and encode's tests can encode and decode the documents
// as structs.
// canada's coordinates are float64 (structgen keeps json.Number for them,
// since some of their literals have more digits than float64 keeps).
//
// Regenerate all three, from the module root, with
//
//	go generate ./internal/doctypes
package doctypes

//go:generate sh -c "go run ../../cmd/mapkit structgen -pkg doctypes -type Twitter ../../../shared/data/json/twitter.json > twitter.go"
//go:generate sh -c "go run ../../cmd/mapkit structgen -pkg doctypes -type Citm ../../../shared/data/json/citm_catalog.json > citm.go"
//go:generate sh -c "go run ../../cmd/mapkit structgen -pkg doctypes -type Canada ../../../shared/data/json/canada.json | sed -e 's/json[.]Number/float64/' -e '/^import \"encoding.json\"$/d' | gofmt > canada.go"
