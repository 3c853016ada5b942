package safelog_test

import (
	"log/slog"
	"os"

	"github.com/mapkit-go/mapkit/safelog"
)

// Password redacts itself for encoding/json.
type Password string

func (Password) MarshalJSON() ([]byte, error) { return []byte(`"***"`), nil }

// Login hides its token with a tag and its password with its type.
type Login struct {
	User     string   `json:"user"`
	Password Password `json:"password"`
	Token    string   `json:"-"`
}

// The handler shows what the JSON handler would show without it — the
// password redacted, the token hidden — within the limits.
func ExampleNewHandler_redaction() {
	h := safelog.NewHandler(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: dropTime}), safelog.Limits{})
	slog.New(h).Info("login", "v", map[string]any{"login": Login{"ada", "hunter2", "tok-123"}})
	// Output:
	// {"level":"INFO","msg":"login","v":{"login":{"user":"ada","password":"***"}}}
}

func ExampleAnyWith() {
	logger := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: dropTime}))
	logger.Info("batch", safelog.AnyWith("ids", []int{1, 2, 3, 4, 5}, safelog.Limits{MaxKeys: 2}))
	// Output:
	// {"level":"INFO","msg":"batch","ids":[1,2,"...+3"]}
}
