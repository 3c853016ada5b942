package main

import (
	"math"
	"strconv"
	"strings"

	"github.com/mapkit-go/mapkit/bench"
)

// formatValue renders a metric's value for people: durations for ns/op,
// decimal byte sizes (1 KB = 1000 B) for the byte metrics, whole counts with
// thousands separators otherwise.
func formatValue(metric string, v float64) string {
	switch {
	case math.IsNaN(v):
		return "?"
	case metric == bench.NsPerOp:
		return scaled(v, []string{"ns", "µs", "ms", "s"})
	case metric == bench.AllocsPerOp:
		return grouped(math.Round(v))
	default:
		return scaled(v, []string{"B", "KB", "MB", "GB"})
	}
}

// scaled renders v with three significant digits in the largest unit of
// units (each 1000 times the previous) that keeps it at or above 1.
func scaled(v float64, units []string) string {
	i := 0
	for i < len(units)-1 && math.Abs(v) >= 999.5 {
		v /= 1000
		i++
	}
	if i == 0 {
		return strconv.FormatFloat(math.Round(v), 'f', -1, 64) + " " + units[0]
	}
	return significant(v, 3) + " " + units[i]
}

// significant renders v with n significant digits, never in exponent form.
func significant(v float64, n int) string {
	if v == 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	// The exponent of v rounded to n digits: 0.9996 to three is 1.00.
	e := strconv.FormatFloat(v, 'e', n-1, 64)
	exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	return strconv.FormatFloat(v, 'f', max(n-1-exp, 0), 64)
}

// grouped renders a whole number with comma thousands separators.
func grouped(v float64) string {
	s := strconv.FormatFloat(math.Abs(v), 'f', 0, 64)
	var b strings.Builder
	if v < 0 {
		b.WriteByte('-')
	}
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// formatRatio renders a ratio with two significant digits (three from 1
// to 10) and a "×": 0.0042×, 0.31×, 1.05×, 23×; "∞×" for +Inf.
func formatRatio(r float64) string {
	switch {
	case math.IsInf(r, 1):
		return "∞×"
	case r >= 1 && r < 10:
		return strconv.FormatFloat(r, 'f', 2, 64) + "×"
	case r >= 10:
		return strconv.FormatFloat(math.Round(r), 'f', 0, 64) + "×"
	}
	return significant(r, 2) + "×"
}
