package maplog

import (
	"go/ast"
	"go/types"

	"github.com/mapkit-go/mapkit/vet/internal/astq"
)

// style is how a sink reads its arguments.
type style int

const (
	operands style = iota // fmt.Sprint: spaces only between non-string operands
	lines                 // fmt.Sprintln: spaces between all operands
	printf                // a format, then its operands
	pairs                 // alternating keys and values, or ready attributes
	field                 // one key and one value: slog.Any, zap.Any
)

// lib is the library that renders the value, which decides the cost quoted
// and the fix.
type lib int

const (
	fmtLib lib = iota
	slogLib
	zapLib
)

// sink is a function that renders its arguments; args is the index of the
// first argument it renders (for printf, of the format).
type sink struct {
	style style
	args  int
	lib   lib
}

var (
	fmtFuncs = map[string]sink{
		"Print": {operands, 0, fmtLib}, "Sprint": {operands, 0, fmtLib}, "Fprint": {operands, 1, fmtLib},
		"Println": {lines, 0, fmtLib}, "Sprintln": {lines, 0, fmtLib}, "Fprintln": {lines, 1, fmtLib},
		"Printf": {printf, 0, fmtLib}, "Sprintf": {printf, 0, fmtLib}, "Fprintf": {printf, 1, fmtLib},
		"Errorf": {printf, 0, fmtLib},
	}
	logFuncs = map[string]sink{
		"Print": {operands, 0, fmtLib}, "Fatal": {operands, 0, fmtLib}, "Panic": {operands, 0, fmtLib},
		"Println": {lines, 0, fmtLib}, "Fatalln": {lines, 0, fmtLib}, "Panicln": {lines, 0, fmtLib},
		"Printf": {printf, 0, fmtLib}, "Fatalf": {printf, 0, fmtLib}, "Panicf": {printf, 0, fmtLib},
	}
	slogFuncs = map[string]sink{
		"Debug": {pairs, 1, slogLib}, "Info": {pairs, 1, slogLib}, "Warn": {pairs, 1, slogLib}, "Error": {pairs, 1, slogLib},
		"DebugContext": {pairs, 2, slogLib}, "InfoContext": {pairs, 2, slogLib},
		"WarnContext": {pairs, 2, slogLib}, "ErrorContext": {pairs, 2, slogLib},
		"Log": {pairs, 3, slogLib},
	}
	zapFuncs = map[string]sink{"Any": {field, 1, zapLib}, "Reflect": {field, 1, zapLib}}
	sugared  = map[string]sink{}
)

func init() {
	for _, level := range []string{"Debug", "Info", "Warn", "Error", "DPanic", "Panic", "Fatal"} {
		sugared[level] = sink{operands, 0, fmtLib}
		sugared[level+"ln"] = sink{lines, 0, fmtLib}
		sugared[level+"f"] = sink{printf, 0, fmtLib}
		sugared[level+"w"] = sink{pairs, 1, zapLib}
	}
}

// sinkOf returns how the called function renders its arguments.
func sinkOf(info *types.Info, call *ast.CallExpr) (sink, bool) {
	fn := astq.Callee(info, call)
	if fn == nil || fn.Pkg() == nil {
		return sink{}, false
	}
	var table map[string]sink
	switch recvPkg, recv := astq.Recv(fn); {
	case recv == "":
		switch fn.Pkg().Path() {
		case "fmt":
			table = fmtFuncs
		case "log":
			table = logFuncs
		case "log/slog":
			if fn.Name() == "Any" {
				return sink{field, 1, slogLib}, true
			}
			table = slogFuncs
		case "go.uber.org/zap":
			table = zapFuncs
		}
	case recvPkg == "log" && recv == "Logger":
		table = logFuncs
	case recvPkg == "log/slog" && recv == "Logger":
		table = slogFuncs
	case recvPkg == "go.uber.org/zap" && recv == "SugaredLogger":
		table = sugared
	}
	s, ok := table[fn.Name()]
	return s, ok
}

// isString reports whether t is the basic string type (a named string type
// is not a key to slog or zap).
func isString(t types.Type) bool {
	b, ok := types.Unalias(t).(*types.Basic)
	return ok && (b.Kind() == types.String || b.Kind() == types.UntypedString)
}

// isAttr reports whether t is a ready attribute of the sink's library:
// slog.Attr, or zap.Field for the sugared logger.
func isAttr(t types.Type, l lib) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	path, name := n.Obj().Pkg().Path(), n.Obj().Name()
	switch l {
	case slogLib:
		return path == "log/slog" && name == "Attr"
	case zapLib:
		return path == "go.uber.org/zap/zapcore" && name == "Field"
	}
	return false
}
