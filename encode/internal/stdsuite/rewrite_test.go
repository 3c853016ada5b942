//go:build !mapkit_stdsuite

package json

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// skippedFiles are the test files of encoding/json that cannot run against
// another package, with the reason.
var skippedFiles = map[string]string{
	"bench_test.go":    "benchmarks: read a corpus through internal/zstd and internal/testenv, which only the standard library may import",
	"v2_bench_test.go": "benchmarks: read a corpus through internal/zstd and internal/testenv, which only the standard library may import",
	"fold_test.go":     "tests foldName, encoding/json's unexported case folding",
	"tags_test.go":     "tests parseTag, encoding/json's unexported tag parser",
	"number_test.go":   "tests isValidNumber, encoding/json's unexported number grammar",
}

// importRewrites replaces the standard library's internal test packages,
// which no other module may import, with this package's stand-ins.
var importRewrites = map[string]string{
	"encoding/json/internal/jsontest": "github.com/mapkit-go/mapkit/encode/internal/stdsuite/jsontest",
}

// constructors maps error types whose fields encoding/json keeps unexported
// to the shim functions that build them: a test's composite literal
// &SyntaxError{msg, off} becomes newSyntaxError(msg, off).
var constructors = map[string]struct {
	fn     string
	fields []string // the literal's fields in declaration order
}{
	"SyntaxError":    {"newSyntaxError", []string{"msg", "Offset"}},
	"MarshalerError": {"newMarshalerError", []string{"Type", "Err", "sourceFunc"}},
}

// portFile rewrites one encoding/json test file for the shim package: error
// literals become constructor calls, skipped functions are removed, and
// imports left unused by the removal are dropped. It returns nil for a
// skipped file.
func portFile(path string) ([]byte, error) {
	if _, skip := skippedFiles[filepath.Base(path)]; skip {
		return nil, nil
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
	if err != nil {
		return nil, err
	}
	if err := replaceLiterals(f); err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Base(path), err)
	}
	for _, is := range f.Imports {
		if to, ok := importRewrites[strings.Trim(is.Path.Value, `"`)]; ok {
			is.Path.Value = strconv.Quote(to)
		}
	}
	var b bytes.Buffer
	if err := printer.Fprint(&b, fset, f); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// replaceLiterals turns every composite literal of a type in constructors
// into a call of its constructor, positional or keyed.
func replaceLiterals(f *ast.File) error {
	var failed error
	rewrite := func(e ast.Expr) ast.Expr {
		addr := false
		lit, ok := e.(*ast.CompositeLit)
		if u, isAddr := e.(*ast.UnaryExpr); isAddr && u.Op == token.AND {
			lit, ok = u.X.(*ast.CompositeLit)
			addr = true
		}
		if !ok {
			return e
		}
		id, ok := lit.Type.(*ast.Ident)
		if !ok {
			return e
		}
		c, ok := constructors[id.Name]
		if !ok {
			return e
		}
		args := make([]ast.Expr, len(c.fields))
		for i, el := range lit.Elts {
			if kv, keyed := el.(*ast.KeyValueExpr); keyed {
				k := kv.Key.(*ast.Ident).Name
				j := slices.Index(c.fields, k)
				if j < 0 {
					failed = fmt.Errorf("%s has no field %s", id.Name, k)
					return e
				}
				args[j] = kv.Value
				continue
			}
			args[i] = el
		}
		for i, a := range args {
			if a == nil {
				args[i] = &ast.Ident{Name: "nil"}
				if c.fields[i] == "msg" || c.fields[i] == "sourceFunc" {
					args[i] = &ast.BasicLit{Kind: token.STRING, Value: `""`}
				}
				if c.fields[i] == "Offset" {
					args[i] = &ast.BasicLit{Kind: token.INT, Value: "0"}
				}
			}
		}
		var call ast.Expr = &ast.CallExpr{Fun: &ast.Ident{Name: c.fn}, Args: args}
		if !addr {
			call = &ast.StarExpr{X: call}
		}
		return call
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CompositeLit:
			for i := range n.Elts {
				if kv, ok := n.Elts[i].(*ast.KeyValueExpr); ok {
					kv.Value = rewrite(kv.Value)
				} else {
					n.Elts[i] = rewrite(n.Elts[i])
				}
			}
		case *ast.CallExpr:
			for i := range n.Args {
				n.Args[i] = rewrite(n.Args[i])
			}
		case *ast.AssignStmt:
			for i := range n.Rhs {
				n.Rhs[i] = rewrite(n.Rhs[i])
			}
		case *ast.ValueSpec:
			for i := range n.Values {
				n.Values[i] = rewrite(n.Values[i])
			}
		case *ast.ReturnStmt:
			for i := range n.Results {
				n.Results[i] = rewrite(n.Results[i])
			}
		}
		return true
	})
	return failed
}

// portSuite ports every test file of the encoding/json package at dir into
// out, returning the ported files' names.
func portSuite(dir, out string) ([]string, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*_test.go"))
	if err != nil {
		return nil, err
	}
	var ported []string
	for _, p := range names {
		b, err := portFile(p)
		if err != nil {
			return nil, err
		}
		if b == nil {
			continue
		}
		name := "std_" + filepath.Base(p)
		if err := os.WriteFile(filepath.Join(out, name), b, 0o644); err != nil {
			return nil, err
		}
		ported = append(ported, name)
	}
	return ported, nil
}
