package maplog

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/mapkit-go/mapkit/vet/internal/astq"
	"github.com/mapkit-go/mapkit/vet/internal/edit"
)

// URL is the documentation the diagnostics link to.
const URL = "https://pkg.go.dev/github.com/mapkit-go/mapkit#readme-safelog-log-any-value-bounded"

const (
	safelogPath = "github.com/mapkit-go/mapkit/safelog"
	zaplogPath  = "github.com/mapkit-go/mapkit/safelog/zaplog"
)

// Analyzer reports maps passed whole to fmt, log, slog and zap; see the
// package documentation for exactly what it reports and what its fixes do.
var Analyzer = &analysis.Analyzer{
	Name:     "maplog",
	Doc:      "report maps rendered whole by fmt, log, slog or zap on every call",
	URL:      "https://pkg.go.dev/github.com/mapkit-go/mapkit/vet/maplog",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run:      run,
}

// costs are the one-line costs of each library, from docs/benchmarks.md
// (Log/map=order).
var costs = [...]string{
	fmtLib:  "fmt walks the whole map on every call (3.17 ms and 1.20 MB for the 520-key order map); safelog.Format(v, safelog.DefaultLimits) prints a bounded sorted prefix in 49.9 µs",
	slogLib: "slog renders the whole map on every record (2.34 ms JSON, 4.24 ms text for the 520-key order map); safelog.Any bounds it to 84.8 µs",
	zapLib:  "zap reflects the whole map on every entry (2.35 ms and 523 KB for the 520-key order map); zaplog.Any streams a bounded prefix in 51.1 µs",
}

func run(pass *analysis.Pass) (any, error) {
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	c := &checker{pass: pass, holds: map[types.Type]bool{}}
	for cur := range ins.Root().Preorder((*ast.File)(nil)) {
		c.file(cur.Node().(*ast.File), cur)
	}
	return nil, nil
}

type checker struct {
	pass  *analysis.Pass
	holds map[types.Type]bool
}

// finding is one reported argument and the fix for it, if any.
type finding struct {
	arg  ast.Expr
	lib  lib
	fix  func() []analysis.TextEdit
	call *ast.CallExpr // for field findings: the call whose function is replaced
}

func (c *checker) file(f *ast.File, cur inspector.Cursor) {
	var found []finding
	for call := range cur.Preorder((*ast.CallExpr)(nil)) {
		if !compared(call) {
			found = append(found, c.call(f, call.Node().(*ast.CallExpr))...)
		}
	}
	replaced := map[*types.PkgName]int{}
	for _, fd := range found {
		if fd.call != nil {
			replaced[c.pkgName(fd.call.Fun)]++
		}
	}
	for _, fd := range found {
		d := analysis.Diagnostic{Pos: fd.arg.Pos(), End: fd.arg.End(), Message: costs[fd.lib] + " (" + URL + ")", URL: URL}
		if fd.fix != nil && (fd.call == nil || c.stillUsed(f, c.pkgName(fd.call.Fun), replaced)) {
			if edits := fd.fix(); edits != nil {
				d.SuggestedFixes = []analysis.SuggestedFix{{Message: "bound the logged value", TextEdits: edits}}
			}
		}
		c.pass.Report(d)
	}
}

// compared reports whether the call's result is an operand of == or !=:
// fmt.Sprint(a) == fmt.Sprint(b) compares values through their text, which
// a bounded rendering would change.
func compared(call inspector.Cursor) bool {
	b, ok := call.Parent().Node().(*ast.BinaryExpr)
	return ok && (b.Op == token.EQL || b.Op == token.NEQ)
}

// pkgName returns the imported package a qualified function name goes through.
func (c *checker) pkgName(fun ast.Expr) *types.PkgName {
	sel, ok := ast.Unparen(fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	id, ok := sel.X.(*ast.Ident)
	if !ok {
		return nil
	}
	pn, _ := c.pass.TypesInfo.Uses[id].(*types.PkgName)
	return pn
}

// stillUsed reports whether the file names pn more often than the fixes
// replace, so that its import stays used once they are applied.
func (c *checker) stillUsed(f *ast.File, pn *types.PkgName, replaced map[*types.PkgName]int) bool {
	return pn != nil && len(astq.Uses(c.pass.TypesInfo, f, pn)) > replaced[pn]
}

func (c *checker) call(f *ast.File, call *ast.CallExpr) []finding {
	s, ok := sinkOf(c.pass.TypesInfo, call)
	if !ok || call.Ellipsis.IsValid() || len(call.Args) <= s.args {
		return nil
	}
	args := call.Args[s.args:]
	var found []finding
	switch s.style {
	case operands, lines:
		for i, a := range args {
			if !c.reported(a) {
				continue
			}
			fd := finding{arg: a, lib: s.lib}
			if s.style == lines || c.stringNeighbours(args, i) {
				fd.fix = c.wrap(f, a)
			}
			found = append(found, fd)
		}
	case printf:
		tv := c.pass.TypesInfo.Types[args[0]]
		if tv.Value == nil || tv.Value.Kind() != constant.String {
			return nil
		}
		verbs, ok := parseVerbs(constant.StringVal(tv.Value))
		if !ok {
			return nil
		}
		for i, v := range verbs {
			if i+1 >= len(args) {
				break
			}
			a := args[i+1]
			if v.r == 'T' || v.r == 'p' || !c.reported(a) {
				continue
			}
			fd := finding{arg: a, lib: s.lib}
			if v.plain && (v.r == 'v' || v.r == 's') {
				fd.fix = c.wrap(f, a)
			}
			found = append(found, fd)
		}
	case pairs:
		for i := 0; i < len(args); {
			t := c.pass.TypesInfo.TypeOf(args[i])
			switch {
			case t != nil && isAttr(t, s.lib):
				i++
				continue
			case t == nil || !isString(t) || i+1 >= len(args):
				return found
			}
			if v := args[i+1]; c.reported(v) {
				found = append(found, finding{arg: v, lib: s.lib, fix: c.pair(f, args[i], v, s.lib)})
			}
			i += 2
		}
	case field:
		if a := args[0]; c.reported(a) {
			path := safelogPath
			if s.lib == zapLib {
				path = zaplogPath
			}
			found = append(found, finding{arg: a, lib: s.lib, call: call, fix: c.replaceFun(f, call, path)})
		}
	}
	return found
}

// reported reports whether a is an argument maplog can prove holds a map.
func (c *checker) reported(a ast.Expr) bool {
	if _, lit := ast.Unparen(a).(*ast.CompositeLit); lit {
		return false
	}
	t := c.pass.TypesInfo.TypeOf(a)
	if t == nil {
		return false
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok && !rendersItself(t) {
		t = p.Elem()
	}
	return c.holdsMap(t)
}

// stringNeighbours reports whether the operands beside args[i] are strings,
// so that fmt's spacing does not change when args[i] becomes one.
func (c *checker) stringNeighbours(args []ast.Expr, i int) bool {
	for _, j := range []int{i - 1, i + 1} {
		if j < 0 || j >= len(args) {
			continue
		}
		if t := c.pass.TypesInfo.TypeOf(args[j]); t == nil || !isString(t) {
			return false
		}
	}
	return true
}

// wrap returns the fix that replaces a by safelog.Format(a, safelog.DefaultLimits).
func (c *checker) wrap(f *ast.File, a ast.Expr) func() []analysis.TextEdit {
	return func() []analysis.TextEdit {
		name, edits, ok := edit.Import(c.pass, f, a.Pos(), safelogPath)
		if !ok {
			return nil
		}
		return append(edits,
			analysis.TextEdit{Pos: a.Pos(), End: a.Pos(), NewText: []byte(name + ".Format(")},
			analysis.TextEdit{Pos: a.End(), End: a.End(), NewText: []byte(", " + name + ".DefaultLimits)")})
	}
}

// pair returns the fix that turns the pair key, v into one bounded attribute
// or field.
func (c *checker) pair(f *ast.File, key, v ast.Expr, l lib) func() []analysis.TextEdit {
	path := safelogPath
	if l == zapLib {
		path = zaplogPath
	}
	return func() []analysis.TextEdit {
		name, edits, ok := edit.Import(c.pass, f, key.Pos(), path)
		if !ok {
			return nil
		}
		return append(edits,
			analysis.TextEdit{Pos: key.Pos(), End: key.Pos(), NewText: []byte(name + ".Any(")},
			analysis.TextEdit{Pos: v.End(), End: v.End(), NewText: []byte(")")})
	}
}

// replaceFun returns the fix that calls path's Any instead of call's function.
func (c *checker) replaceFun(f *ast.File, call *ast.CallExpr, path string) func() []analysis.TextEdit {
	return func() []analysis.TextEdit {
		name, edits, ok := edit.Import(c.pass, f, call.Pos(), path)
		if !ok {
			return nil
		}
		return append(edits, analysis.TextEdit{Pos: call.Fun.Pos(), End: call.Fun.End(), NewText: []byte(name + ".Any")})
	}
}
