package bench

import (
	"encoding/json"
	"sync"
	"testing"

	"github.com/mapkit-go/mapkit/internal/doctypes"
	"github.com/mapkit-go/mapkit/internal/testsupport"
)

// The struct workloads encode the real-world documents decoded into the
// types of package doctypes, and a small API response, through a pointer as
// handlers pass them.
func init() {
	encodeWorkloads = append(encodeWorkloads,
		encodeWorkload{name: "struct=response", about: "A 13-field HTTP response struct with a nested struct, a slice of 3 structs, a string slice and a nil pointer.", value: func(testing.TB) any { return sampleResponse() }},
		encodeWorkload{name: "struct=twitter", about: "twitter.json decoded into its structgen types (doctypes.Twitter).", value: structDocument[doctypes.Twitter]("twitter")},
		encodeWorkload{name: "struct=citm_catalog", about: "citm_catalog.json decoded into its structgen types (doctypes.Citm): maps of structs, slices of structs.", value: structDocument[doctypes.Citm]("citm_catalog")},
		encodeWorkload{name: "struct=canada", about: "canada.json decoded into its structgen types (doctypes.Canada), coordinates as [][][]float64.", value: structDocument[doctypes.Canada]("canada")},
	)
}

// structDocuments caches the documents decoded into their struct types.
var structDocuments sync.Map // name -> pointer to the decoded struct

// structDocument returns a function returning the named document decoded
// with encoding/json into a *T, once per process, skipping tb when the data
// directory is absent.
func structDocument[T any](name string) func(tb testing.TB) any {
	return func(tb testing.TB) any {
		tb.Helper()
		if v, ok := structDocuments.Load(name); ok {
			return v
		}
		v := new(T)
		if err := json.Unmarshal(testsupport.Document(tb, name), v); err != nil {
			tb.Fatalf("decode %s: %v", name, err)
		}
		got, _ := structDocuments.LoadOrStore(name, v)
		return got
	}
}

// response is the kind of value an HTTP handler encodes for each request.
type response struct {
	ID        int64          `json:"id"`
	Status    string         `json:"status"`
	Code      int            `json:"code"`
	Message   string         `json:"message"`
	RequestID string         `json:"request_id"`
	Created   int64          `json:"created"`
	LatencyMS float64        `json:"latency_ms"`
	Cached    bool           `json:"cached"`
	Region    string         `json:"region,omitempty"`
	Tags      []string       `json:"tags"`
	User      responseUser   `json:"user"`
	Items     []responseItem `json:"items"`
	Next      *string        `json:"next"`
}

type responseUser struct {
	ID    int64  `json:"id"`
	Name  string `json:"name"`
	Email string `json:"email"`
	Admin bool   `json:"admin"`
}

type responseItem struct {
	SKU   string  `json:"sku"`
	Qty   int     `json:"qty"`
	Price float64 `json:"price"`
}

var sampleResponse = sync.OnceValue(func() *response {
	return &response{
		ID: 90210, Status: "ok", Code: 200, Message: "order accepted <queued>",
		RequestID: "4f1c2a9e-7b3d-4e8a-9c1f-2d6b8e0a5f37", Created: 1733097600, LatencyMS: 12.75,
		Tags: []string{"checkout", "eu-west", "priority"},
		User: responseUser{ID: 4242, Name: "Ada Lovelace", Email: "ada@example.com", Admin: true},
		Items: []responseItem{
			{SKU: "BK-1024", Qty: 2, Price: 19.99},
			{SKU: "PN-0007", Qty: 1, Price: 4.5},
			{SKU: "NB-3300", Qty: 12, Price: 0.35},
		},
	}
})
