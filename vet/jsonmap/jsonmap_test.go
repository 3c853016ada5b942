package jsonmap_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/mapkit-go/mapkit/vet/jsonmap"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), jsonmap.Analyzer, "a")
}
