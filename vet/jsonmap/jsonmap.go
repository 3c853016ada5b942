package jsonmap

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/mapkit-go/mapkit/vet/internal/astq"
)

// URL is the documentation the diagnostics link to.
const URL = "https://pkg.go.dev/github.com/mapkit-go/mapkit#readme-encode-strict-configs-with-paths"

// maxKeys is how many of the asserted keys a diagnostic names.
const maxKeys = 3

// Analyzer reports JSON decoded into map[string]any and read through type
// assertions on literal keys; see the package documentation.
var Analyzer = &analysis.Analyzer{
	Name:     "jsonmap",
	Doc:      "report JSON decoded into map[string]any and read through type assertions on literal keys",
	URL:      "https://pkg.go.dev/github.com/mapkit-go/mapkit/vet/jsonmap",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run:      run,
}

func run(pass *analysis.Pass) (any, error) {
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	for fc := range ins.Root().Preorder((*ast.FuncDecl)(nil)) {
		fn := fc.Node().(*ast.FuncDecl)
		if fn.Body == nil {
			continue
		}
		var decodes []decode
		keys := map[*types.Var][]string{}
		ast.Inspect(fn.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				if v := decodedInto(pass.TypesInfo, n); v != nil {
					decodes = append(decodes, decode{n, v})
				}
			case *ast.TypeAssertExpr:
				if v, key, ok := literalRead(pass.TypesInfo, n); ok {
					keys[v] = appendNew(keys[v], key)
				}
			}
			return true
		})
		for _, d := range decodes {
			if len(keys[d.v]) > 0 {
				report(pass, d.call, d.v, keys[d.v])
			}
		}
	}
	return nil, nil
}

// decode is a call that decodes JSON into the map v.
type decode struct {
	call *ast.CallExpr
	v    *types.Var
}

// decodedInto returns m for json.Unmarshal(data, &m) and
// (*json.Decoder).Decode(&m) where m is a local map[string]any.
func decodedInto(info *types.Info, call *ast.CallExpr) *types.Var {
	fn := astq.Callee(info, call)
	var target ast.Expr
	switch pkg, recv := astq.Recv(fn); {
	case astq.IsFunc(fn, "encoding/json", "Unmarshal") && len(call.Args) == 2:
		target = call.Args[1]
	case pkg == "encoding/json" && recv == "Decoder" && fn.Name() == "Decode" && len(call.Args) == 1:
		target = call.Args[0]
	default:
		return nil
	}
	addr, ok := ast.Unparen(target).(*ast.UnaryExpr)
	if !ok || addr.Op != token.AND {
		return nil
	}
	v := astq.Var(info, addr.X)
	if v == nil || v.Parent() == nil || v.Parent() == v.Pkg().Scope() || !astq.IsStringAnyMap(v.Type()) {
		return nil
	}
	return v
}

// literalRead recognises m["key"].(T) and returns m and the key.
func literalRead(info *types.Info, ta *ast.TypeAssertExpr) (*types.Var, string, bool) {
	ix, ok := ast.Unparen(ta.X).(*ast.IndexExpr)
	if !ok || ta.Type == nil {
		return nil, "", false
	}
	lit, ok := ix.Index.(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return nil, "", false
	}
	key, err := strconv.Unquote(lit.Value)
	v := astq.Var(info, ix.X)
	return v, key, err == nil && v != nil
}

func appendNew(keys []string, key string) []string {
	for _, k := range keys {
		if k == key {
			return keys
		}
	}
	return append(keys, key)
}

func report(pass *analysis.Pass, call *ast.CallExpr, v *types.Var, keys []string) {
	shown := make([]string, 0, maxKeys+1)
	for _, k := range keys[:min(len(keys), maxKeys)] {
		shown = append(shown, strconv.Quote(k))
	}
	if len(keys) > maxKeys {
		shown = append(shown, "...")
	}
	pass.Report(analysis.Diagnostic{Pos: call.Pos(), End: call.End(), URL: URL,
		Message: "JSON is decoded into " + v.Name() + " (map[string]any) and read through type assertions on " + strings.Join(shown, ", ") +
			": every value is boxed and a misspelt key or a wrong type is a silent zero or a panic; generate a struct with `mapkit structgen` and decode with encode.Unmarshal(data, &v, encode.Strict()) (" + URL + ")"})
}
