package golangci_test

import (
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"github.com/stretchr/testify/require"

	_ "github.com/mapkit-go/mapkit/vet/golangci"
)

func TestPlugin(t *testing.T) {
	newPlugin, err := register.GetPlugin("mapkit")
	require.NoError(t, err)

	tests := []struct {
		name     string
		settings any
		want     int
		err      string
	}{
		{name: "no settings", settings: nil, want: 6},
		{name: "disable one", settings: map[string]any{"disable": []any{"anymap"}}, want: 5},
		{name: "unknown analyzer", settings: map[string]any{"disable": []any{"nope"}}, err: `no analyzer "nope"`},
		{name: "unknown setting", settings: map[string]any{"enable": []any{"maplog"}}, err: `unknown field "enable"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, err := newPlugin(tc.settings)
			if tc.err != "" {
				require.ErrorContains(t, err, tc.err)
				return
			}
			require.NoError(t, err)
			as, err := p.BuildAnalyzers()
			require.NoError(t, err)
			require.Len(t, as, tc.want)
			require.Equal(t, register.LoadModeTypesInfo, p.GetLoadMode())
		})
	}
}
