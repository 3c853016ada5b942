package mapappend_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/mapkit-go/mapkit/vet/mapappend"
)

func TestAnalyzer(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), mapappend.Analyzer, "a")
}
