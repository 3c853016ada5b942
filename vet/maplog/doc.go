// Package maplog defines an Analyzer that reports maps passed whole to a
// logger or to fmt's printing functions.
//
// # Analyzer maplog
//
// maplog: report maps rendered whole by fmt, log, slog or zap
//
// fmt, log, slog and zap walk every entry of a map they print, on every call:
// one line carrying the 520-key order map costs milliseconds and a megabyte
// (docs/benchmarks.md, Log/map=order). maplog reports an argument whose static
// type is a map, or a slice, array, struct (through exported fields without
// a json:"-" tag) or pointer (at the top) that holds one, passed as:
//
//   - an operand of fmt.Print, Println, Sprint, Sprintln, Fprint, Fprintln,
//     of log.Print, Println, Fatal, Fatalln, Panic, Panicln (functions and
//     *log.Logger methods) and of the *zap.SugaredLogger methods Debug, Info,
//     Warn, Error, DPanic, Panic, Fatal and their -ln forms;
//   - an operand of a %v or %s verb of fmt.Printf, Sprintf, Fprintf, Errorf,
//     log.Printf, Fatalf, Panicf and the *zap.SugaredLogger -f methods, when the
//     format is a constant without explicit argument indexes or '*' widths;
//   - the value of a key-value pair of slog.Debug, Info, Warn, Error, their
//     Context forms, Log and the same *slog.Logger methods, and of the
//     *zap.SugaredLogger -w methods, as long as the pairs before it can be
//     read (string keys, slog.Attr or zap.Field values);
//   - the value of slog.Any, zap.Any or zap.Reflect.
//
// It stays silent for a call whose result is compared with == or != (text
// used as data, not as a log line), an interface-typed argument (the type does not say
// what it holds), a composite literal (its size is in plain sight), and a
// value whose type, at any level, has its own rendering: a String, Error,
// Format, GoString, LogValue, MarshalLogObject, MarshalLogArray, MarshalJSON
// or MarshalText method.
//
// The suggested fix bounds the value, which is the one change in output:
// fmt and log operands become safelog.Format(v, safelog.DefaultLimits)
// (offered for fmt.Sprint-style calls only when both neighbouring operands are
// strings, so that fmt's spacing is unchanged, and for format verbs without
// flags, width or precision); slog pairs and slog.Any become safelog.Any; zap
// fields and sugared pairs become zaplog.Any.
package maplog
