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

// cfgTypeDecls returns the formatted type declarations of a Go file and
// the methods declared on them (doc comments left out), renaming each
// declared type T to rename(T).
func cfgTypeDecls(t *testing.T, src []byte, keep func(name string) bool, rename func(string) string) string {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", src, 0)
	require.NoError(t, err)
	declared := map[string]bool{}
	var decls []ast.Decl
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.TYPE || !keep(g.Specs[0].(*ast.TypeSpec).Name.Name) {
			continue
		}
		decls = append(decls, g)
		declared[g.Specs[0].(*ast.TypeSpec).Name.Name] = true
	}
	for _, d := range f.Decls {
		if fn, ok := d.(*ast.FuncDecl); ok && fn.Recv != nil && declared[cfgReceiverType(fn)] {
			decls = append(decls, fn)
		}
	}
	var out bytes.Buffer
	var renameTypes func(n ast.Node) bool
	renameTypes = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Field: // a field's name may equal a type's
			ast.Inspect(n.Type, renameTypes)
			return false
		case *ast.Ident:
			if declared[n.Name] {
				n.Name = rename(n.Name)
			}
		}
		return true
	}
	for _, d := range decls {
		ast.Inspect(d, renameTypes)
		require.NoError(t, format.Node(&out, token.NewFileSet(), d))
		out.WriteString("\n")
	}
	return out.String()
}

// cfgReceiverType returns the name of a method's receiver type.
func cfgReceiverType(fn *ast.FuncDecl) string {
	x := fn.Recv.List[0].Type
	if star, ok := x.(*ast.StarExpr); ok {
		x = star.X
	}
	if idx, ok := x.(*ast.IndexExpr); ok {
		x = idx.X
	}
	id, _ := x.(*ast.Ident)
	if id == nil {
		return ""
	}
	return id.Name
}

// TestTourConfigTypesAreGenerated checks that the types the config tour
// decodes into, and their methods, are structgen's output for its samples,
// renamed.
func TestTourConfigTypesAreGenerated(t *testing.T) {
	samples := make([][]byte, len(cfgSamples))
	for i, s := range cfgSamples {
		samples[i] = []byte(s)
	}
	src, err := structgen.Generate(samples, structgen.Options{TypeName: "Config", Required: true})
	require.NoError(t, err)
	generated := cfgTypeDecls(t, src, func(string) bool { return true }, func(n string) string { return "cfg" + n })

	file, err := os.ReadFile("tour_config.go")
	require.NoError(t, err)
	ours := cfgTypeDecls(t, file, func(n string) bool { return strings.HasPrefix(n, "cfg") }, func(n string) string { return n })
	require.Equal(t, generated, ours)
	require.Contains(t, ours, "type cfgUpstream struct")
	require.Contains(t, ours, "func (o *cfgOptional[T]) MarkPresent(null bool) any")
	require.Implements(t, (*encode.Presence)(nil), new(cfgOptional[cfgTLS]))

	for _, s := range samples {
		require.NoError(t, encode.Unmarshal(s, new(cfgConfig), cfgOptions...))
	}
	require.NoError(t, encode.Unmarshal([]byte(cfgFixed), new(cfgConfig), cfgOptions...))
}

// TestTourConfigCatchesEveryMistake checks each problem the tour shows for
// the broken config: kind, path, position, key and suggestion.
func TestTourConfigCatchesEveryMistake(t *testing.T) {
	type problem struct {
		kind         encode.ErrorKind
		path         string
		line, column int
		key, suggest string
	}
	want := []problem{
		{encode.MissingRequired, "", 1, 1, "service", ""},
		{encode.UnknownField, "Service", 2, 3, "Service", "service"},
		{encode.MissingRequired, "", 3, 13, "listen", ""},
		{encode.MissingRequired, "upstreams[0]", 5, 5, "timeout_ms", ""},
		{encode.UnknownField, "upstreams[0].timout_ms", 5, 40, "timout_ms", "timeout_ms"},
		{encode.MissingRequired, "upstreams[1]", 6, 5, "host", ""},
		{encode.TypeMismatch, "upstreams[1].port", 6, 14, "", ""},
		{encode.MissingRequired, "tls", 9, 10, "cert_file", ""},
		{encode.UnknownField, "tls.cert_fil", 9, 11, "cert_fil", "cert_file"},
		{encode.DuplicateKey, "retries", 11, 3, "retries", ""},
		{encode.TrailingData, "", 12, 3, "", ""},
	}
	err := encode.Unmarshal([]byte(cfgBroken), new(cfgConfig), cfgOptions...)
	var de *encode.DecodeError
	require.ErrorAs(t, err, &de)
	var got []problem
	for _, e := range de.Errors {
		got = append(got, problem{e.Kind, e.Path, e.Line, e.Column, e.Key, e.Suggestion})
	}
	require.Equal(t, want, got)

	var out bytes.Buffer
	require.NoError(t, cfgTour(&out))
	for _, e := range de.Errors {
		require.Contains(t, out.String(), e.Error(), "the tour shows every problem")
	}
}
