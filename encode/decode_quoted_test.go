package encode

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"
)

// A ",string" field given an unquoted number: encoding/json reads it as it
// would into an interface first, so a number beyond float64's range is a
// type error there, and any other number the misused tag.
func TestUnmarshalQuotedFieldGivenAnUnquotedNumber(t *testing.T) {
	type Q struct {
		F float64 `json:"f,string"`
		I int     `json:"i,string"`
		N int     `json:"n"`
	}
	for _, doc := range []string{
		`{"f":-1e400,"n":"x"}`, `{"i":1e999,"n":"x"}`, `{"f":5,"n":"x"}`, `{"i":-0,"n":true}`, `{"f":"1e400"}`,
	} {
		errStd := json.Unmarshal([]byte(doc), new(Q))
		require.Error(t, errStd, doc)
		require.Empty(t, sameErrorDetails(errStd, Unmarshal([]byte(doc), new(Q))), doc)
	}
}
