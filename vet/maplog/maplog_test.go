package maplog_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/mapkit-go/mapkit/vet/maplog"
)

func TestAnalyzer(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), maplog.Analyzer, "a", "b")
}
