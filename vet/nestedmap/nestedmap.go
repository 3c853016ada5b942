package nestedmap

import (
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/mapkit-go/mapkit/vet/internal/astq"
	"github.com/mapkit-go/mapkit/vet/internal/edit"
)

// URL is the documentation the diagnostics link to.
const URL = "https://pkg.go.dev/github.com/mapkit-go/mapkit#readme-tmap-sorted-maps-without-sorting-every-time"

// Analyzer reports writes into inner maps that are never created; see the
// package documentation.
var Analyzer = &analysis.Analyzer{
	Name:     "nestedmap",
	Doc:      "report m[a][b] = v into a map of maps whose inner map m[a] is never created",
	URL:      "https://pkg.go.dev/github.com/mapkit-go/mapkit/vet/nestedmap",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run:      run,
}

// nested is a local map of maps and the writes into its inner maps.
type nested struct {
	escapes bool
	nilDecl bool // declared without a value: m[a] = ... would panic too
	writes  []write
}

// write is m[a][b] op v: stmt is the statement, outer the m[a] in it, and
// listed whether stmt is an element of a statement list (so that a statement
// can be inserted before it).
type write struct {
	stmt   ast.Stmt
	outer  *ast.IndexExpr
	listed bool
}

func run(pass *analysis.Pass) (any, error) {
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	for fc := range ins.Root().Preorder((*ast.File)(nil)) {
		f := fc.Node().(*ast.File)
		found := declared(pass.TypesInfo, f)
		if len(found) == 0 {
			continue
		}
		classify(pass.TypesInfo, f, found)
		for _, obj := range slices.SortedFunc(maps.Keys(found), astq.ByPos) {
			if n := found[obj]; !n.escapes {
				for _, w := range n.writes {
					report(pass, f, obj, w, !n.nilDecl)
				}
			}
		}
	}
	return nil, nil
}

// declared returns the maps of maps that functions of f declare nil or empty.
func declared(info *types.Info, f *ast.File) map[*types.Var]*nested {
	maps := map[*types.Var]*nested{}
	add := func(id *ast.Ident, init ast.Expr) {
		v, ok := info.Defs[id].(*types.Var)
		if ok && innerMap(v.Type()) != nil && (init == nil || isEmptyMap(info, init)) {
			maps[v] = &nested{nilDecl: init == nil}
		}
	}
	for _, d := range f.Decls {
		fn, ok := d.(*ast.FuncDecl)
		if !ok || fn.Body == nil {
			continue
		}
		ast.Inspect(fn.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				if n.Tok == token.DEFINE && len(n.Lhs) == len(n.Rhs) {
					for i, l := range n.Lhs {
						if id, ok := l.(*ast.Ident); ok {
							add(id, n.Rhs[i])
						}
					}
				}
			case *ast.ValueSpec:
				for i, id := range n.Names {
					switch {
					case len(n.Values) == 0:
						add(id, nil)
					case len(n.Values) == len(n.Names):
						add(id, n.Values[i])
					}
				}
			}
			return true
		})
	}
	return maps
}

// innerMap returns the inner map type of a map of maps, or nil.
func innerMap(t types.Type) *types.Map {
	outer, ok := t.Underlying().(*types.Map)
	if !ok {
		return nil
	}
	inner, _ := outer.Elem().Underlying().(*types.Map)
	return inner
}

// isEmptyMap recognises make(T), make(T, n) and T{}.
func isEmptyMap(info *types.Info, e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		return len(e.Elts) == 0
	case *ast.CallExpr:
		return astq.IsBuiltin(info, e.Fun, "make")
	}
	return false
}

// classify records, for every use of the maps, whether it is a write into an
// inner map, a harmless use, or one that may create an inner map.
func classify(info *types.Info, f *ast.File, maps map[*types.Var]*nested) {
	var stack []ast.Node
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return false
		}
		stack = append(stack, n)
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		v, _ := info.Uses[id].(*types.Var)
		if m := maps[v]; m != nil {
			w, ok := use(info, stack)
			switch {
			case !ok:
				m.escapes = true
			case w.stmt != nil:
				m.writes = append(m.writes, w)
			}
		}
		return true
	})
}

// use classifies the identifier on top of stack: ok is false when the use
// may create an inner map or let the map escape; w is set for a write
// m[a][b] op v.
func use(info *types.Info, stack []ast.Node) (w write, ok bool) {
	at := func(i int) ast.Node {
		if i < len(stack) {
			return stack[len(stack)-1-i]
		}
		return nil
	}
	id := at(0).(*ast.Ident)
	switch p := at(1).(type) {
	case *ast.IndexExpr:
		if p.X != id {
			return write{}, false
		}
		switch g := at(2).(type) {
		case *ast.IndexExpr:
			if g.X != p {
				return write{}, true
			}
			switch s := at(3).(type) {
			case *ast.AssignStmt:
				if contains(s.Lhs, g) {
					return write{stmt: s, outer: p, listed: astq.Statements(at(4)) != nil}, true
				}
			case *ast.IncDecStmt:
				return write{stmt: s, outer: p, listed: astq.Statements(at(4)) != nil}, true
			case *ast.RangeStmt:
				return write{}, s.Key != g && s.Value != g
			}
			return write{}, true
		case *ast.AssignStmt:
			return write{}, !contains(g.Lhs, p)
		case *ast.RangeStmt:
			return write{}, g.Key != p && g.Value != p
		}
		return write{}, true
	case *ast.CallExpr:
		return write{}, len(p.Args) > 0 && p.Args[0] == id &&
			(astq.IsBuiltin(info, p.Fun, "len") || astq.IsBuiltin(info, p.Fun, "delete") || astq.IsBuiltin(info, p.Fun, "clear"))
	case *ast.RangeStmt:
		return write{}, p.X == id
	case *ast.BinaryExpr:
		return write{}, p.Op == token.EQL || p.Op == token.NEQ
	case *ast.AssignStmt:
		for i, l := range p.Lhs {
			if l == id {
				return write{}, p.Tok == token.ASSIGN && len(p.Rhs) == len(p.Lhs) && isEmptyMap(info, p.Rhs[i])
			}
		}
	}
	return write{}, false
}

func contains(list []ast.Expr, e ast.Expr) bool {
	for _, x := range list {
		if x == e {
			return true
		}
	}
	return false
}

func report(pass *analysis.Pass, f *ast.File, m *types.Var, w write, fixable bool) {
	outer := edit.Text(pass.Fset, w.outer)
	d := analysis.Diagnostic{Pos: w.stmt.Pos(), End: w.stmt.End(), URL: URL,
		Message: outer + " is never created: this write panics with \"assignment to entry in nil map\"; create it first or use tmap.Map2, which needs no inner maps (" + URL + ")"}
	if text, ok := edit.TypeText(pass, f, m.Type().Underlying().(*types.Map).Elem()); ok && fixable && w.listed && astq.Pure(pass.TypesInfo, w.outer.Index) {
		if indent, ok := edit.Indent(pass, w.stmt.Pos()); ok {
			guard := "if " + outer + " == nil {\n" + indent + "\t" + outer + " = make(" + text + ")\n" + indent + "}\n" + indent
			d.SuggestedFixes = []analysis.SuggestedFix{{Message: "create the inner map if it is nil",
				TextEdits: []analysis.TextEdit{{Pos: w.stmt.Pos(), End: w.stmt.Pos(), NewText: []byte(guard)}}}}
		}
	}
	pass.Report(d)
}
