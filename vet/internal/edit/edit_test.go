package edit_test

import (
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"go/types"
	"path"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"

	"github.com/mapkit-go/mapkit/vet/internal/edit"
)

var pool = []string{"fmt", "os", "sort", "strings", "github.com/a/b", "github.com/mapkit-go/mapkit/safelog", "go.uber.org/zap", "golang.org/x/sync"}

// source writes a gofmt-formatted file importing imports, in one block with
// the standard packages first, or as separate declarations.
func source(imports []string, block bool) []byte {
	var b strings.Builder
	b.WriteString("package p\n\n")
	if block && len(imports) > 0 {
		b.WriteString("import (\n")
		std := true
		for _, p := range imports {
			if std && strings.Contains(p, ".") {
				b.WriteString("\n")
				std = false
			}
			b.WriteString("\t" + strconv.Quote(p) + "\n")
		}
		b.WriteString(")\n")
	} else {
		for _, p := range imports {
			b.WriteString("import " + strconv.Quote(p) + "\n")
		}
	}
	b.WriteString("\nfunc F() {}\n")
	out, err := format.Source([]byte(b.String()))
	if err != nil {
		panic(err)
	}
	return out
}

// pass type-checks src with empty packages for its imports.
func pass(t *testing.T, src []byte) (*analysis.Pass, *ast.File) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
	require.NoError(t, err)
	info := &types.Info{Defs: map[*ast.Ident]types.Object{}, Uses: map[*ast.Ident]types.Object{},
		Implicits: map[ast.Node]types.Object{}, Scopes: map[ast.Node]*types.Scope{}}
	conf := types.Config{Importer: importer{}, Error: func(error) {}}
	pkg, _ := conf.Check("p", fset, []*ast.File{f}, info)
	return &analysis.Pass{Fset: fset, Pkg: pkg, TypesInfo: info, ReadFile: func(string) ([]byte, error) { return src, nil }}, f
}

type importer struct{}

func (importer) Import(p string) (*types.Package, error) {
	pkg := types.NewPackage(p, path.Base(p))
	pkg.MarkComplete()
	return pkg, nil
}

func apply(src []byte, fset *token.FileSet, edits []analysis.TextEdit) string {
	slices.SortFunc(edits, func(a, b analysis.TextEdit) int { return int(a.Pos - b.Pos) })
	tf := fset.File(edits[0].Pos)
	var b strings.Builder
	last := 0
	for _, e := range edits {
		b.Write(src[last:tf.Offset(e.Pos)])
		b.Write(e.NewText)
		last = tf.Offset(e.End)
	}
	b.Write(src[last:])
	return b.String()
}

// TestImportKeepsFilesFormatted checks the law of Import: after its edits the
// file parses, is unchanged by gofmt, and imports the package exactly once.
func TestImportKeepsFilesFormatted(t *testing.T) {
	params := gopter.DefaultTestParameters()
	params.MinSuccessfulTests = 300
	properties := gopter.NewProperties(params)
	properties.Property("import added once, gofmt-stable", prop.ForAll(
		func(mask uint8, block bool, pick int) bool {
			var imports []string
			for i, p := range pool {
				if mask&(1<<i) != 0 {
					imports = append(imports, p)
				}
			}
			src := source(imports, block)
			want := pool[pick]
			p, f := pass(t, src)
			name, edits, ok := edit.Import(p, f, f.Decls[len(f.Decls)-1].Pos(), want)
			if !ok {
				return false // no two paths of the pool share a name
			}
			if slices.Contains(imports, want) {
				return len(edits) == 0 && name == path.Base(want)
			}
			out := apply(src, p.Fset, edits)
			formatted, err := format.Source([]byte(out))
			return err == nil && string(formatted) == out && strings.Count(out, strconv.Quote(want)) == 1
		},
		gen.UInt8(), gen.Bool(), gen.IntRange(0, len(pool)-1),
	))
	properties.TestingRun(t)
}

func TestImportConflicts(t *testing.T) {
	src := []byte("package p\n\nimport safelog \"example.com/other\"\n\nvar _ = safelog.X\n\nfunc F() {}\n")
	p, f := pass(t, src)
	_, _, ok := edit.Import(p, f, f.Decls[len(f.Decls)-1].Pos(), "github.com/mapkit-go/mapkit/safelog")
	require.False(t, ok, "the name safelog is taken")

	src = []byte("package p\n\nfunc F() {}\n")
	p, f = pass(t, src)
	name, edits, ok := edit.Import(p, f, f.Decls[0].Pos(), "github.com/mapkit-go/mapkit/tmap")
	require.True(t, ok)
	require.Equal(t, "tmap", name)
	require.Equal(t, "package p\n\nimport \"github.com/mapkit-go/mapkit/tmap\"\n\nfunc F() {}\n", apply(src, p.Fset, edits))
}
