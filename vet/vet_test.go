package vet_test

import (
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"

	"github.com/mapkit-go/mapkit/vet"
)

func TestAnalyzersAreValid(t *testing.T) {
	as := vet.Analyzers()
	require.NoError(t, analysis.Validate(as))
	names := make([]string, 0, len(as))
	for _, a := range as {
		names = append(names, a.Name)
		require.Empty(t, a.FactTypes, a.Name)
		require.NotEmpty(t, a.URL, a.Name)
	}
	require.Equal(t, []string{"maplog", "mapsort", "mapappend", "nestedmap", "anymap", "jsonmap"}, names)
}
