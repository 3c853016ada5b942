package mapsort

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/mapkit-go/mapkit/vet/internal/astq"
	"github.com/mapkit-go/mapkit/vet/internal/edit"
)

// URL is the documentation the diagnostics link to.
const URL = "https://pkg.go.dev/github.com/mapkit-go/mapkit#readme-tmap-sorted-maps-without-sorting-every-time"

const tmapPath = "github.com/mapkit-go/mapkit/tmap"

// Costs from docs/benchmarks.md, Iterate/keys=1000.
const (
	costCollect = "collecting and sorting the keys costs a slice and a sort on every loop (1,000 keys: 198 µs, 16.4 KB); for k, v := range tmap.Sorted(m) visits the same order in 65.6 µs with no allocation"
	costSorted  = "slices.Sorted(maps.Keys(m)) builds and sorts a key slice on every loop (1,000 keys: 240 µs, 35.2 KB, 14 allocations); for k, v := range tmap.Sorted(m) visits the same order in 65.6 µs with no allocation"
)

// Analyzer reports loops over sorted copies of a map's keys; see the package
// documentation.
var Analyzer = &analysis.Analyzer{
	Name:     "mapsort",
	Doc:      `report "collect the keys, sort them, loop" code that tmap.Sorted replaces`,
	URL:      "https://pkg.go.dev/github.com/mapkit-go/mapkit/vet/mapsort",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run:      run,
}

func run(pass *analysis.Pass) (any, error) {
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	for fc := range ins.Root().Preorder((*ast.File)(nil)) {
		var found []finding
		for cur := range fc.Preorder((*ast.BlockStmt)(nil), (*ast.CaseClause)(nil), (*ast.CommClause)(nil)) {
			list := astq.Statements(cur.Node())
			for i, st := range list {
				if rng, ok := st.(*ast.RangeStmt); ok {
					if fd, ok := sortedKeys(pass.TypesInfo, rng); ok {
						found = append(found, fd)
					}
				}
				if i+3 < len(list) {
					if fd, ok := collected(pass.TypesInfo, fc.Node(), list[i:i+4]); ok {
						found = append(found, fd)
					}
				}
			}
		}
		report(pass, fc.Node().(*ast.File), found)
	}
	return nil, nil
}

// finding is one pattern: the text from start to end becomes
// for k := range tmap.Sorted(m); the diagnostic is on the loop.
type finding struct {
	start, end token.Pos
	loop       *ast.RangeStmt
	k          *ast.Ident
	m          ast.Expr
	cost       string
}

// sortedKeys reports for _, k := range slices.Sorted(maps.Keys(m)).
func sortedKeys(info *types.Info, rng *ast.RangeStmt) (finding, bool) {
	k, ok := keyLoop(rng)
	if !ok {
		return finding{}, false
	}
	sorted, ok := rng.X.(*ast.CallExpr)
	if !ok || len(sorted.Args) != 1 || !astq.IsFunc(astq.Callee(info, sorted), "slices", "Sorted") {
		return finding{}, false
	}
	keys, ok := sorted.Args[0].(*ast.CallExpr)
	if !ok || len(keys.Args) != 1 || !astq.IsFunc(astq.Callee(info, keys), "maps", "Keys") {
		return finding{}, false
	}
	m := keys.Args[0]
	if !orderedKeys(info, m) || !astq.Pure(info, m) {
		return finding{}, false
	}
	return finding{start: rng.Pos(), end: rng.X.End(), loop: rng, k: k, m: m, cost: costSorted}, true
}

// collected reports the four statements: declare, collect, sort, loop.
func collected(info *types.Info, f ast.Node, sts []ast.Stmt) (finding, bool) {
	keys, ok := emptySlice(info, sts[0])
	if !ok {
		return finding{}, false
	}
	m, ok := collectLoop(info, sts[1], keys)
	if !ok || !orderedKeys(info, m) || !astq.Pure(info, m) || !sortsAscending(info, sts[2], keys) {
		return finding{}, false
	}
	final, ok := sts[3].(*ast.RangeStmt)
	if !ok || astq.Var(info, final.X) != keys {
		return finding{}, false
	}
	k, ok := keyLoop(final)
	if !ok {
		return finding{}, false
	}
	// The slice must not outlive the pattern.
	inPattern := 0
	for _, st := range sts[:3] {
		inPattern += len(astq.Uses(info, st, keys))
	}
	inPattern++ // the final range expression
	if len(astq.Uses(info, f, keys))-len(astq.Uses(info, final.Body, keys)) != inPattern || len(astq.Uses(info, final.Body, keys)) > 0 {
		return finding{}, false
	}
	return finding{start: sts[0].Pos(), end: final.X.End(), loop: final, k: k, m: m, cost: costCollect}, true
}

// report reports the findings of one file, each with the fix that replaces
// it by for k := range tmap.Sorted(m) and drops the imports only it used.
func report(pass *analysis.Pass, f *ast.File, found []finding) {
	removed := map[*types.PkgName]int{}
	for _, fd := range found {
		for pn, n := range edit.PkgUses(pass.TypesInfo, f, fd.start, fd.end) {
			removed[pn] += n
		}
	}
	drops, dropOK := edit.DropUnused(pass, f, removed)
	for _, fd := range found {
		d := analysis.Diagnostic{Pos: fd.loop.For, End: fd.loop.X.End(), URL: URL, Message: fd.cost + " (" + URL + ")"}
		if dropOK && !hasComments(f, fd.start, fd.end) {
			if name, edits, ok := edit.Import(pass, f, fd.start, tmapPath); ok {
				text := "for " + fd.k.Name + " := range " + name + ".Sorted(" + edit.Text(pass.Fset, fd.m) + ")"
				edits = append(edits, drops...)
				edits = append(edits, analysis.TextEdit{Pos: fd.start, End: fd.end, NewText: []byte(text)})
				d.SuggestedFixes = []analysis.SuggestedFix{{Message: "iterate with tmap.Sorted", TextEdits: edits}}
			}
		}
		pass.Report(d)
	}
}

func hasComments(f *ast.File, start, end token.Pos) bool {
	for _, g := range f.Comments {
		if g.Pos() < end && g.End() > start {
			return true
		}
	}
	return false
}

// keyLoop recognises for _, k := range x and returns k.
func keyLoop(rng *ast.RangeStmt) (*ast.Ident, bool) {
	if rng.Tok != token.DEFINE || rng.Value == nil {
		return nil, false
	}
	blank, ok := rng.Key.(*ast.Ident)
	if !ok || blank.Name != "_" {
		return nil, false
	}
	k, ok := rng.Value.(*ast.Ident)
	return k, ok && k.Name != "_"
}

// orderedKeys reports whether m is a map whose key type tmap.Sorted accepts.
func orderedKeys(info *types.Info, m ast.Expr) bool {
	t := info.TypeOf(m)
	if t == nil {
		return false
	}
	mt, ok := t.Underlying().(*types.Map)
	if !ok {
		return false
	}
	b, ok := mt.Key().Underlying().(*types.Basic)
	return ok && b.Info()&types.IsOrdered != 0
}

// emptySlice recognises the declaration of an empty slice and returns it.
func emptySlice(info *types.Info, st ast.Stmt) (*types.Var, bool) {
	switch st := st.(type) {
	case *ast.DeclStmt:
		g, ok := st.Decl.(*ast.GenDecl)
		if !ok || g.Tok != token.VAR || len(g.Specs) != 1 {
			return nil, false
		}
		spec := g.Specs[0].(*ast.ValueSpec)
		if len(spec.Names) != 1 || len(spec.Values) != 0 {
			return nil, false
		}
		v, ok := info.Defs[spec.Names[0]].(*types.Var)
		return v, ok
	case *ast.AssignStmt:
		if st.Tok != token.DEFINE || len(st.Lhs) != 1 || len(st.Rhs) != 1 {
			return nil, false
		}
		v := astq.Var(info, st.Lhs[0])
		switch rhs := st.Rhs[0].(type) {
		case *ast.CompositeLit:
			return v, v != nil && len(rhs.Elts) == 0
		case *ast.CallExpr:
			if !astq.IsBuiltin(info, rhs.Fun, "make") || len(rhs.Args) < 2 {
				return nil, false
			}
			tv := info.Types[rhs.Args[1]]
			return v, v != nil && tv.Value != nil && tv.Value.String() == "0"
		}
	}
	return nil, false
}

// collectLoop recognises for k := range m { keys = append(keys, k) } and
// returns m.
func collectLoop(info *types.Info, st ast.Stmt, keys *types.Var) (ast.Expr, bool) {
	rng, ok := st.(*ast.RangeStmt)
	if !ok || rng.Tok != token.DEFINE || len(rng.Body.List) != 1 {
		return nil, false
	}
	if rng.Value != nil {
		if id, ok := rng.Value.(*ast.Ident); !ok || id.Name != "_" {
			return nil, false
		}
	}
	k := astq.Var(info, rng.Key)
	as, ok := rng.Body.List[0].(*ast.AssignStmt)
	if !ok || k == nil || as.Tok != token.ASSIGN || len(as.Lhs) != 1 || len(as.Rhs) != 1 || astq.Var(info, as.Lhs[0]) != keys {
		return nil, false
	}
	call, ok := as.Rhs[0].(*ast.CallExpr)
	if !ok || !astq.IsBuiltin(info, call.Fun, "append") || len(call.Args) != 2 || call.Ellipsis.IsValid() ||
		astq.Var(info, call.Args[0]) != keys || astq.Var(info, call.Args[1]) != k {
		return nil, false
	}
	if _, isMap := info.TypeOf(rng.X).Underlying().(*types.Map); !isMap {
		return nil, false
	}
	return rng.X, true
}

// sortsAscending recognises a sort of keys into ascending order.
func sortsAscending(info *types.Info, st ast.Stmt, keys *types.Var) bool {
	es, ok := st.(*ast.ExprStmt)
	if !ok {
		return false
	}
	call, ok := es.X.(*ast.CallExpr)
	if !ok || len(call.Args) == 0 || astq.Var(info, call.Args[0]) != keys {
		return false
	}
	fn := astq.Callee(info, call)
	switch {
	case len(call.Args) == 1:
		return astq.IsFunc(fn, "sort", "Strings") || astq.IsFunc(fn, "sort", "Ints") ||
			astq.IsFunc(fn, "sort", "Float64s") || astq.IsFunc(fn, "slices", "Sort")
	case len(call.Args) == 2 && astq.IsFunc(fn, "sort", "Slice"):
		return lessByIndex(info, call.Args[1], keys)
	}
	return false
}

// lessByIndex recognises func(i, j int) bool { return keys[i] < keys[j] }
// over non-float keys.
func lessByIndex(info *types.Info, e ast.Expr, keys *types.Var) bool {
	lit, ok := e.(*ast.FuncLit)
	if !ok || len(lit.Body.List) != 1 || len(lit.Type.Params.List) != 1 || len(lit.Type.Params.List[0].Names) != 2 {
		return false
	}
	if b, ok := keys.Type().Underlying().(*types.Slice).Elem().Underlying().(*types.Basic); !ok || b.Info()&types.IsFloat != 0 {
		return false
	}
	ret, ok := lit.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return false
	}
	cmp, ok := ret.Results[0].(*ast.BinaryExpr)
	if !ok || cmp.Op != token.LSS {
		return false
	}
	i, j := info.Defs[lit.Type.Params.List[0].Names[0]], info.Defs[lit.Type.Params.List[0].Names[1]]
	return indexes(info, cmp.X, keys, i) && indexes(info, cmp.Y, keys, j)
}

// indexes recognises keys[i].
func indexes(info *types.Info, e ast.Expr, keys *types.Var, i types.Object) bool {
	ix, ok := e.(*ast.IndexExpr)
	return ok && i != nil && astq.Var(info, ix.X) == keys && info.ObjectOf(identOf(ix.Index)) == i
}

func identOf(e ast.Expr) *ast.Ident {
	id, _ := e.(*ast.Ident)
	return id
}
