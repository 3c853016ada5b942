package mapappend

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
const URL = "https://pkg.go.dev/github.com/mapkit-go/mapkit#readme-mapkit-vet"

// cost is the one-line cost of the pattern, from this package's
// BenchmarkCollect.
const cost = "append reallocates and copies it as it grows (1,000 keys: 35.2 KB in 11 allocations); make([]T, 0, len(m)) allocates once (16.4 KB)"

// Analyzer reports slices filled once per element of a range without the
// capacity for it; see the package documentation.
var Analyzer = &analysis.Analyzer{
	Name:     "mapappend",
	Doc:      "report slices appended to once per element of a range without the capacity for it",
	URL:      "https://pkg.go.dev/github.com/mapkit-go/mapkit/vet/mapappend",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run:      run,
}

func run(pass *analysis.Pass) (any, error) {
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	for fc := range ins.Root().Preorder((*ast.File)(nil)) {
		f := fc.Node().(*ast.File)
		for cur := range fc.Preorder((*ast.BlockStmt)(nil), (*ast.CaseClause)(nil), (*ast.CommClause)(nil)) {
			list := astq.Statements(cur.Node())
			for i := 0; i+1 < len(list); i++ {
				check(pass, f, list[i], list[i+1])
			}
		}
	}
	return nil, nil
}

// decl is a slice declaration without capacity.
type decl struct {
	obj   *types.Var
	name  *ast.Ident
	typ   ast.Expr // the []T of the declaration
	init  ast.Expr // the []T{} or make([]T, 0) to replace; nil for var s []T
	empty bool     // declared nil with var
}

func check(pass *analysis.Pass, f *ast.File, first, next ast.Stmt) {
	d, ok := declOf(pass, first)
	if !ok {
		return
	}
	rng, ok := next.(*ast.RangeStmt)
	if !ok || !rangesElements(pass.TypesInfo, rng.X) || !astq.Pure(pass.TypesInfo, rng.X) || !appendsOnce(pass.TypesInfo, rng.Body, d.obj) {
		return
	}
	diag := analysis.Diagnostic{Pos: d.name.Pos(), End: d.name.End(), URL: URL,
		Message: d.name.Name + " gets one element per entry of " + edit.Text(pass.Fset, rng.X) + ": " + cost + " (" + URL + ")"}
	if edits := fix(pass, f, first, d, rng.X); edits != nil {
		diag.SuggestedFixes = []analysis.SuggestedFix{{Message: "give the slice its capacity", TextEdits: edits}}
	}
	pass.Report(diag)
}

func fix(pass *analysis.Pass, f *ast.File, first ast.Stmt, d decl, x ast.Expr) []analysis.TextEdit {
	length := "len(" + edit.Text(pass.Fset, x) + ")"
	if !d.empty {
		text := "make(" + edit.Text(pass.Fset, d.typ) + ", 0, " + length + ")"
		return []analysis.TextEdit{{Pos: d.init.Pos(), End: d.init.End(), NewText: []byte(text)}}
	}
	indent, ok := edit.Indent(pass, first.Pos())
	if !ok {
		return nil
	}
	name, edits, ok := edit.Import(pass, f, first.Pos(), "slices")
	if !ok {
		return nil
	}
	grow := "\n" + indent + d.name.Name + " = " + name + ".Grow(" + d.name.Name + ", " + length + ")"
	end := edit.LineEnd(pass.Fset, first.End())
	return append(edits, analysis.TextEdit{Pos: end, End: end, NewText: []byte(grow)})
}

// declOf recognises var s []T, s := []T{} and s := make([]T, 0).
func declOf(pass *analysis.Pass, s ast.Stmt) (decl, bool) {
	info := pass.TypesInfo
	switch s := s.(type) {
	case *ast.DeclStmt:
		g, ok := s.Decl.(*ast.GenDecl)
		if !ok || g.Tok != token.VAR || len(g.Specs) != 1 {
			return decl{}, false
		}
		spec := g.Specs[0].(*ast.ValueSpec)
		if len(spec.Names) != 1 || len(spec.Values) != 0 || !isSliceType(spec.Type) {
			return decl{}, false
		}
		obj, _ := info.Defs[spec.Names[0]].(*types.Var)
		return decl{obj: obj, name: spec.Names[0], typ: spec.Type, empty: true}, obj != nil
	case *ast.AssignStmt:
		if s.Tok != token.DEFINE || len(s.Lhs) != 1 || len(s.Rhs) != 1 {
			return decl{}, false
		}
		id, ok := s.Lhs[0].(*ast.Ident)
		if !ok {
			return decl{}, false
		}
		obj, _ := info.Defs[id].(*types.Var)
		if obj == nil {
			return decl{}, false
		}
		switch rhs := s.Rhs[0].(type) {
		case *ast.CompositeLit:
			if isSliceType(rhs.Type) && len(rhs.Elts) == 0 {
				return decl{obj: obj, name: id, typ: rhs.Type, init: rhs}, true
			}
		case *ast.CallExpr:
			if astq.IsBuiltin(info, rhs.Fun, "make") && len(rhs.Args) == 2 && isSliceType(rhs.Args[0]) && isZero(info, rhs.Args[1]) {
				return decl{obj: obj, name: id, typ: rhs.Args[0], init: rhs}, true
			}
		}
	}
	return decl{}, false
}

func isSliceType(e ast.Expr) bool {
	a, ok := e.(*ast.ArrayType)
	return ok && a.Len == nil
}

func isZero(info *types.Info, e ast.Expr) bool {
	tv := info.Types[e]
	return tv.Value != nil && tv.Value.Kind() == constant.Int && constant.Sign(tv.Value) == 0
}

// rangesElements reports whether ranging over x visits len(x) elements: x is
// a map, a slice, an array or a pointer to an array.
func rangesElements(info *types.Info, x ast.Expr) bool {
	t := info.TypeOf(x)
	if t == nil {
		return false
	}
	u := t.Underlying()
	if p, ok := u.(*types.Pointer); ok {
		u = p.Elem().Underlying()
		_, isArray := u.(*types.Array)
		return isArray
	}
	switch u.(type) {
	case *types.Map, *types.Slice, *types.Array:
		return true
	}
	return false
}

// appendsOnce reports whether body, run once, appends exactly one element to
// s and does nothing else with it, with no control flow that could skip the
// append.
func appendsOnce(info *types.Info, body *ast.BlockStmt, s *types.Var) bool {
	appends := 0
	for _, st := range body.List {
		switch st := st.(type) {
		case *ast.AssignStmt:
			if isAppendTo(info, st, s) {
				appends++
				continue
			}
		case *ast.ExprStmt, *ast.DeclStmt, *ast.IncDecStmt:
		default:
			return false
		}
		if len(astq.Uses(info, st, s)) > 0 {
			return false
		}
	}
	return appends == 1
}

// isAppendTo recognises s = append(s, x) where x does not mention s.
func isAppendTo(info *types.Info, st *ast.AssignStmt, s *types.Var) bool {
	if st.Tok != token.ASSIGN || len(st.Lhs) != 1 || len(st.Rhs) != 1 || astq.Var(info, st.Lhs[0]) != s {
		return false
	}
	call, ok := st.Rhs[0].(*ast.CallExpr)
	if !ok || !astq.IsBuiltin(info, call.Fun, "append") || len(call.Args) != 2 || call.Ellipsis.IsValid() {
		return false
	}
	return astq.Var(info, call.Args[0]) == s && len(astq.Uses(info, call.Args[1], s)) == 0
}
