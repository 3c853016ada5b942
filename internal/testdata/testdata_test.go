package testdata

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"
)

func count(v any) int {
	m, ok := v.(map[string]any)
	if !ok {
		return 0
	}
	n := len(m)
	for _, x := range m {
		n += count(x)
	}
	return n
}

func depth(v any) int {
	m, ok := v.(map[string]any)
	if !ok {
		return 0
	}
	d := 0
	for _, x := range m {
		d = max(d, depth(x))
	}
	return d + 1
}

func TestOrderMapShape(t *testing.T) {
	m := OrderMap()
	require.Len(t, m, 520)
	require.Equal(t, 7020, count(m))
	require.Equal(t, 3, depth(m))
	require.Equal(t, fmt.Sprint(m), fmt.Sprint(OrderMap()), "OrderMap must be deterministic")
}

func TestDocumentsDecode(t *testing.T) {
	for _, name := range Documents {
		var v any
		require.NoError(t, json.Unmarshal(Require(t, name), &v), name)
	}
}
