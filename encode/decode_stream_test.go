package encode

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand"
	"strings"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"
	"github.com/stretchr/testify/require"
)

// errDecRead is the error a schedReader fails with.
var errDecRead = errors.New("connection reset")

// schedule says how a schedReader splits a stream: every read
// delivers size bytes (0: a random size from 1 to 64), and when failAt is
// not negative the reader fails with errDecRead once it has delivered
// failAt bytes, in the same call as the last bytes when withData is set.
type schedule struct {
	size     int
	failAt   int
	withData bool
	seed     int64
}

func (s schedule) String() string {
	return fmt.Sprintf("reads of %d bytes, failing at %d (with data %v), seed %d", s.size, s.failAt, s.withData, s.seed)
}

// schedReader reads a stream as its schedule says.
type schedReader struct {
	data  string
	off   int
	sched schedule
	rng   *rand.Rand
}

func newDecSchedReader(data string, s schedule) *schedReader {
	return &schedReader{data: data, sched: s, rng: rand.New(rand.NewSource(s.seed))}
}

func (r *schedReader) Read(p []byte) (int, error) {
	end := len(r.data)
	if r.sched.failAt >= 0 {
		end = min(end, r.sched.failAt)
	}
	if r.off >= end {
		if r.sched.failAt >= 0 {
			return 0, errDecRead
		}
		return 0, io.EOF
	}
	size := r.sched.size
	if size == 0 {
		size = 1 + r.rng.Intn(64)
	}
	n := copy(p[:min(len(p), size)], r.data[r.off:end])
	r.off += n
	if r.off == end && r.sched.withData {
		if r.sched.failAt >= 0 {
			return n, errDecRead
		}
		return n, io.EOF
	}
	return n, nil
}

// genStream generates streams of up to four documents, valid or not,
// joined by random whitespace (or none).
func genStream() gopter.Gen {
	docs := []gopter.Gen{genDoc(), genCorrupt()}
	return func(p *gopter.GenParameters) *gopter.GenResult {
		var b strings.Builder
		for i := range 1 + p.Rng.Intn(4) {
			if i > 0 {
				b.WriteString([]string{"", " ", "\n", "\t\r\n  "}[p.Rng.Intn(4)])
			}
			b.WriteString(docs[p.Rng.Intn(4)/3](p).Result.(string))
		}
		return gopter.NewGenResult(b.String(), gopter.NoShrinker)
	}
}

// genSchedule generates read schedules for a stream of length n: one
// byte, 1,460 bytes (a TCP segment) or random sizes, failing at a random
// point in half the cases.
func genSchedule() gopter.Gen {
	return func(p *gopter.GenParameters) *gopter.GenResult {
		s := schedule{size: []int{1, 1460, 0}[p.Rng.Intn(3)], failAt: -1,
			withData: p.Rng.Intn(2) == 0, seed: p.Rng.Int63()}
		if p.Rng.Intn(2) == 0 {
			s.failAt = p.Rng.Intn(200)
		}
		return gopter.NewGenResult(s, gopter.NoShrinker)
	}
}

// sameStreamError compares the errors of json.Decoder and Decoder for
// one Decode call and says how they differ, or "".
func sameStreamError(std, our error) string {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case std == nil && our == nil:
		return ""
	case std == nil || our == nil:
	case std == io.EOF || std == errDecRead:
		if our == std {
			return ""
		}
	case std == io.ErrUnexpectedEOF:
		if errors.Is(our, io.ErrUnexpectedEOF) && errors.Is(our, InvalidSyntax) {
			return ""
		}
	case errors.As(std, &se):
		if errors.Is(our, InvalidSyntax) || errors.Is(our, TrailingData) {
			return sameErrorDetails(std, our)
		}
	case errors.As(std, &te):
		if errors.As(our, &te) {
			return ""
		}
	}
	return fmt.Sprintf("std error %v, ours %v", std, our)
}

// compareStreams decodes stream with json.Decoder and Decoder, each
// reading through its own reader with the same schedule, and says where
// they first differ, or "".
func compareStreams(stream string, s schedule) string {
	std := json.NewDecoder(newDecSchedReader(stream, s))
	our := NewDecoder(newDecSchedReader(stream, s))
	for i := 0; ; i++ {
		var want, got any
		errStd := std.Decode(&want)
		errOur := our.Decode(&got)
		if msg := sameStreamError(errStd, errOur); msg != "" {
			return fmt.Sprintf("%q, value %d: %s", stream, i, msg)
		}
		if !deepEqual(want, got) {
			return fmt.Sprintf("value %d: std %#v, ours %#v", i, want, got)
		}
		if errStd == nil && std.InputOffset() != our.InputOffset() {
			return fmt.Sprintf("value %d: std offset %d, ours %d", i, std.InputOffset(), our.InputOffset())
		}
		var te *json.UnmarshalTypeError
		if errStd != nil && !errors.As(errStd, &te) {
			if again := our.Decode(&got); again != errOur && !errors.Is(again, errOur) {
				return fmt.Sprintf("value %d: error %v, then %v", i, errOur, again)
			}
			return ""
		}
	}
}

func TestDecoderStreamsDecodeAsJSONDecoderDoes(t *testing.T) {
	props := gopter.NewProperties(propParams(t))
	props.Property("any stream read in any pieces decodes as json.Decoder decodes it", prop.ForAll(
		compareStreams, genStream(), genSchedule()))
	props.TestingRun(t)
}

func TestDecoderReadErrors(t *testing.T) {
	cases := []struct {
		name, delivered string
		want            []any // values decoded before the read error
	}{
		{"a number cut short is not a value", "12", nil},
		{"a number with its end seen is", "12 ", []any{12.0}},
		{"a top-level string needs the byte after it", `"ab"`, nil},
		{"a top-level literal too", `true`, nil},
		{"an object is complete at its brace", `{"a":1}`, []any{map[string]any{"a": 1.0}}},
		{"values before the error are kept", `[1] 2 3`, []any{[]any{1.0}, 2.0}},
		{"whitespace only", "  \n", nil},
	}
	for _, tc := range cases {
		for _, withData := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/with data %v", tc.name, withData), func(t *testing.T) {
				s := schedule{size: 1, failAt: len(tc.delivered), withData: withData}
				dec := NewDecoder(newDecSchedReader(tc.delivered+"345", s))
				for _, want := range tc.want {
					var got any
					require.NoError(t, dec.Decode(&got))
					require.Equal(t, want, got)
				}
				require.Equal(t, errDecRead, dec.Decode(new(any)))
				require.Equal(t, errDecRead, dec.Decode(new(any)), "the read error sticks")
				require.Empty(t, compareStreams(tc.delivered+"345", s))
			})
		}
	}
}

func TestDecoderDropsWhitespaceBetweenValues(t *testing.T) {
	stream := strings.Repeat(" ", 4<<20) + "{}" + strings.Repeat("\n", 1<<20) + "[]"
	dec := NewDecoder(oneByte{strings.NewReader(stream)})
	require.NoError(t, dec.Decode(new(any)))
	require.NoError(t, dec.Decode(new(any)))
	require.ErrorIs(t, dec.Decode(new(any)), io.EOF)
	require.LessOrEqual(t, cap(dec.buf), 4*readMin, "whitespace is not buffered")
	require.EqualValues(t, len(stream), dec.InputOffset())
}

func TestScannerResumesAcrossPieces(t *testing.T) {
	// A long string, a number and a deep array fed one byte per call: the
	// scanner's state carries each token across calls, and the value is
	// complete exactly at its last byte.
	doc := `["` + strings.Repeat("x", 1<<12) + `\u00e9",-12.5e+3,` + strings.Repeat("[", 500) + strings.Repeat("]", 500) + `]`
	var s scanner
	for i := range len(doc) {
		end, done, err := s.scan([]byte(doc[i:i+1]), 0)
		require.Nil(t, err)
		require.Equal(t, 1, end)
		require.Equal(t, i == len(doc)-1, done, "byte %d", i)
	}
}

// streamDoc returns a JSON array of records about size bytes long.
func streamDoc(size int) string {
	var b strings.Builder
	b.WriteByte('[')
	for i := 0; b.Len() < size; i++ {
		if i > 0 {
			b.WriteString(",\n")
		}
		fmt.Fprintf(&b, `{"id":%d,"name":"user %d","tags":["a","b\n"],"score":%d.5,"ok":true}`, i, i, i%1000)
	}
	b.WriteByte(']')
	return b.String()
}

// BenchmarkDecoderStream decodes one large value, or 4 MiB of whitespace
// before {}, read 1 byte or 1,460 bytes (a TCP segment) at a time, beside
// json.Decoder. The ns/byte metric stays flat as the size grows when
// decoding is linear.
func BenchmarkDecoderStream(b *testing.B) {
	type decoder interface{ Decode(any) error }
	impls := []struct {
		name string
		new  func(io.Reader) decoder
	}{
		{"mapkit", func(r io.Reader) decoder { return NewDecoder(r) }},
		{"std", func(r io.Reader) decoder { return json.NewDecoder(r) }},
	}
	type workload struct{ name, doc string }
	var workloads []workload
	for _, size := range []int{64 << 10, 1 << 20, 4 << 20, 16 << 20} {
		workloads = append(workloads, workload{fmt.Sprintf("size=%dKiB", size>>10), streamDoc(size)})
	}
	workloads = append(workloads, workload{"spaces=4MiB", strings.Repeat(" ", 4<<20) + "{}"})
	for _, w := range workloads {
		doc := w.doc
		for _, read := range []int{1, 1460} {
			for _, impl := range impls {
				b.Run(fmt.Sprintf("%s/read=%d/impl=%s", w.name, read, impl.name), func(b *testing.B) {
					b.SetBytes(int64(len(doc)))
					b.ReportAllocs()
					for b.Loop() {
						r := newDecSchedReader(doc, schedule{size: read, failAt: -1})
						var v any
						if err := impl.new(r).Decode(&v); err != nil {
							b.Fatal(err)
						}
					}
					b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(doc)), "ns/byte")
				})
			}
		}
	}
}

// readTokens reads a stream from r, calling Token, Decode or More as
// the seeded choices say, and records what each returned, up to the first
// error.
func readTokens(dec interface {
	Token() (json.Token, error)
	Decode(any) error
	More() bool
	InputOffset() int64
}, seed int64) []any {
	rng := rand.New(rand.NewSource(seed))
	var steps []any
	for range 200 {
		var err error
		switch rng.Intn(4) {
		case 0:
			var v any
			err = dec.Decode(&v)
			steps = append(steps, v)
		case 1:
			steps = append(steps, dec.More())
		default:
			var tok json.Token
			tok, err = dec.Token()
			steps = append(steps, tok)
		}
		steps = append(steps, dec.InputOffset())
		if err != nil {
			class := "other"
			var se *json.SyntaxError
			switch {
			case err == io.EOF, err == io.ErrUnexpectedEOF:
				class = err.Error()
			case errors.Is(err, io.ErrUnexpectedEOF):
				class = io.ErrUnexpectedEOF.Error()
			case errors.As(err, &se):
				// json.Decoder's offsets count only the bytes its Decode
				// calls scanned; ours are stream offsets.
				class = "syntax " + se.Error()
			case errors.Is(err, InvalidSyntax):
				class = "syntax"
			}
			return append(steps, class)
		}
	}
	return steps
}

func TestDecoderTokensAsJSONDecoder(t *testing.T) {
	props := gopter.NewProperties(propParams(t))
	props.Property("Token, More and Decode, mixed, return what json.Decoder's do", prop.ForAll(
		func(stream string, seed int64) string {
			want := readTokens(json.NewDecoder(strings.NewReader(stream)), seed)
			got := readTokens(NewDecoder(oneByte{strings.NewReader(stream)}), seed)
			if len(want) > 0 && want[len(want)-1] == "other" {
				got[len(got)-1] = "other" // a syntax error json.Decoder types unexported
			}
			if !deepEqual(want, got) {
				return fmt.Sprintf("%q:\nstd  %v\nours %v", stream, want, got)
			}
			return ""
		}, genStream(), gopter.Gen(func(p *gopter.GenParameters) *gopter.GenResult {
			return gopter.NewGenResult(p.Rng.Int63(), gopter.NoShrinker)
		})))
	props.TestingRun(t)
}
