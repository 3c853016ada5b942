package main

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"strconv"

	"github.com/mapkit-go/mapkit/bench"
)

// bar is one bar of the chart: a mapkit case's ratio on one metric.
type bar struct {
	label string
	value string // the ratio as printed
	ratio float64
}

// chartBars returns one bar per mapkit case with a finite, positive ratio on
// its headline metric, in suite order, labelled with the case, the metric
// and the peer it is compared with.
func chartBars(rs []result) []bar {
	var bs []bar
	for _, r := range rs {
		m := r.c.Headline()
		ratio, ok := r.ratio[m]
		if r.c.Role != bench.Mapkit || !ok || ratio <= 0 || math.IsInf(ratio, 0) {
			continue
		}
		label := r.c.Group + "/" + r.c.Workload
		if r.c.Impl != "mapkit" {
			label += " " + r.c.Impl
		}
		label += " (" + metricLabels[m] + " vs " + r.best[m] + ")"
		bs = append(bs, bar{label: label, value: formatRatio(ratio), ratio: ratio})
	}
	return bs
}

// Chart geometry, in pixels.
const (
	chartWidth = 980
	labelRight = 420 // right edge of the label column
	valueRight = 490 // right edge of the value column
	plotLeft   = 510
	plotRight  = 950
	rowHeight  = 22
	plotTop    = 70
)

// scale maps ratios to x positions.
type scale struct {
	log    bool
	lo, hi float64
	ticks  []float64
}

// newScale covers every ratio and 1×: logarithmic, over whole decades, when
// the ratios span more than a factor of ten; linear from 0 otherwise.
func newScale(bs []bar) scale {
	lo, hi := 1.0, 1.0
	for _, b := range bs {
		lo, hi = min(lo, b.ratio), max(hi, b.ratio)
	}
	if hi/lo > 10 {
		s := scale{log: true, lo: math.Pow(10, math.Floor(math.Log10(lo))), hi: math.Pow(10, math.Ceil(math.Log10(hi)))}
		for e := math.Log10(s.lo); e <= math.Log10(s.hi); e++ {
			s.ticks = append(s.ticks, math.Pow(10, e))
		}
		return s
	}
	step := 0.25
	if hi > 2 {
		step = 1
	}
	s := scale{lo: 0, hi: math.Ceil(hi*1.05/step) * step}
	for t := 0.0; t <= s.hi+step/2; t += step {
		s.ticks = append(s.ticks, t)
	}
	return s
}

func (s scale) x(r float64) float64 {
	f := (r - s.lo) / (s.hi - s.lo)
	if s.log {
		f = math.Log10(r/s.lo) / math.Log10(s.hi/s.lo)
	}
	return plotLeft + f*(plotRight-plotLeft)
}

// writeSVG writes a self-contained bar chart of bs: one row per bar, a
// label, the printed ratio, and a bar drawn from the 1× line to the ratio
// (green when mapkit is ahead, orange when behind). No scripts, no external
// fonts or images.
func writeSVG(w io.Writer, title string, bs []bar) error {
	s := newScale(bs)
	height := plotTop + len(bs)*rowHeight + 40
	var b bytes.Buffer
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="Helvetica, Arial, sans-serif" font-size="13">`+"\n",
		chartWidth, height, chartWidth, height)
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="#ffffff"/>`+"\n", chartWidth, height)
	fmt.Fprintf(&b, `<text x="20" y="28" font-size="16" font-weight="bold" fill="#222">%s</text>`+"\n", esc(title))
	axis := "linear scale"
	if s.log {
		axis = "log scale"
	}
	fmt.Fprintf(&b, `<text x="20" y="48" fill="#555">mapkit ÷ best alternative in the same workload; below 1× mapkit is ahead (%s)</text>`+"\n", axis)
	bottom := plotTop + len(bs)*rowHeight
	for _, t := range s.ticks {
		x := s.x(t)
		stroke, width := "#dddddd", 1
		if t == 1 {
			stroke, width = "#444444", 2
		}
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="%s" stroke-width="%d"/>`+"\n", x, plotTop-6, x, bottom, stroke, width)
		fmt.Fprintf(&b, `<text x="%.1f" y="%d" text-anchor="middle" fill="#555" font-size="11">%s×</text>`+"\n", x, bottom+16, strconv.FormatFloat(t, 'f', -1, 64))
	}
	one := s.x(1)
	for i, br := range bs {
		y := plotTop + i*rowHeight
		fill := "#2e7d32"
		if br.ratio > 1 {
			fill = "#e65100"
		}
		x0, x1 := math.Min(one, s.x(br.ratio)), math.Max(one, s.x(br.ratio))
		fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="end" fill="#222">%s</text>`+"\n", labelRight, y+15, esc(br.label))
		fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="end" font-weight="bold" fill="%s">%s</text>`+"\n", valueRight, y+15, fill, esc(br.value))
		fmt.Fprintf(&b, `<rect x="%.1f" y="%d" width="%.1f" height="%d" fill="%s"><title>%s: %s</title></rect>`+"\n",
			x0, y+4, math.Max(x1-x0, 1), rowHeight-8, fill, esc(br.label), esc(br.value))
	}
	b.WriteString("</svg>\n")
	_, err := w.Write(b.Bytes())
	return err
}

// esc escapes text for XML character data and attribute values.
func esc(s string) string {
	var b bytes.Buffer
	_ = xml.EscapeText(&b, []byte(s)) // a bytes.Buffer never fails
	return b.String()
}
