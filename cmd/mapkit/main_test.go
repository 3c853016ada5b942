package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestRunUsage(t *testing.T) {
	var out, errb bytes.Buffer
	require.Equal(t, 2, run(nil, nil, &out, &errb))
	require.Contains(t, errb.String(), "usage: mapkit")
	errb.Reset()
	require.Equal(t, 2, run([]string{"nope"}, nil, &out, &errb))
	require.Contains(t, errb.String(), `unknown command "nope"`)
	require.Equal(t, 2, run([]string{"tour", "extra"}, nil, &out, &errb))
}

func TestTourRunsEverySection(t *testing.T) {
	if testing.Short() {
		t.Skip("the tour measures timings")
	}
	var out, errb bytes.Buffer
	require.Equal(t, 0, run([]string{"tour"}, nil, &out, &errb), errb.String())
	for _, s := range sections {
		require.Contains(t, out.String(), s.title)
	}
}
