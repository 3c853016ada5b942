package main

import (
	"bytes"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"strings"
	"testing"

	"github.com/mapkit-go/mapkit/encode"
	"github.com/mapkit-go/mapkit/encode/structgen"
	"github.com/stretchr/testify/require"
)

// cfgTypeDecls returns the formatted type declarations of a Go file (doc
// comments left out), renaming each declared type T to rename(T).
func cfgTypeDecls(t *testing.T, src []byte, keep func(name string) bool, rename func(string) string) string {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", src, 0)
	require.NoError(t, err)
	declared := map[string]bool{}
	var decls []*ast.GenDecl
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.TYPE || !keep(g.Specs[0].(*ast.TypeSpec).Name.Name) {
			continue
		}
		decls = append(decls, g)
		declared[g.Specs[0].(*ast.TypeSpec).Name.Name] = true
	}
	var out bytes.Buffer
	for _, g := range decls {
		ts := g.Specs[0].(*ast.TypeSpec)
		ts.Name.Name = rename(ts.Name.Name)
		for _, fld := range ts.Type.(*ast.StructType).Fields.List {
			ast.Inspect(fld.Type, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok && declared[id.Name] {
					id.Name = rename(id.Name)
				}
				return true
			})
		}
		require.NoError(t, format.Node(&out, token.NewFileSet(), g))
		out.WriteString("\n")
	}
	return out.String()
}

// TestTourConfigTypesAreGenerated checks that the types the config tour
// decodes into are structgen's output for its samples, renamed.
func TestTourConfigTypesAreGenerated(t *testing.T) {
	samples := make([][]byte, len(cfgSamples))
	for i, s := range cfgSamples {
		samples[i] = []byte(s)
	}
	src, err := structgen.Generate(samples, structgen.Options{TypeName: "Config"})
	require.NoError(t, err)
	generated := cfgTypeDecls(t, src, func(string) bool { return true }, func(n string) string { return "cfg" + n })

	file, err := os.ReadFile("tour_config.go")
	require.NoError(t, err)
	ours := cfgTypeDecls(t, file, func(n string) bool { return strings.HasPrefix(n, "cfg") }, func(n string) string { return n })
	require.Equal(t, generated, ours)
	require.Contains(t, ours, "type cfgUpstream struct")

	for _, s := range samples {
		require.NoError(t, encode.Unmarshal(s, new(cfgConfig), encode.Strict()))
	}
}
