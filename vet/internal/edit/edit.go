// Package edit builds the text edits of the mapkit vet fixes: importing a
// package so that a fix can name it, and printing expressions back as
// gofmt-formatted source.
package edit

import (
	"bytes"
	"go/ast"
	"go/format"
	"go/token"
	"go/types"
	"path"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Import returns the name by which code at pos in file f refers to the
// package with import path pkgPath, and the edits that add the import when f
// does not have it yet. A new import goes, sorted, into a last group of
// non-standard imports, else into a new last group, so the file stays
// gofmt-formatted. ok is false when the name would be taken or shadowed at
// pos, or the package is imported only as _ or . (then a fix must not be
// offered).
func Import(pass *analysis.Pass, f *ast.File, pos token.Pos, pkgPath string) (name string, edits []analysis.TextEdit, ok bool) {
	info, pkg := pass.TypesInfo, pass.Pkg
	name = path.Base(pkgPath)
	for _, spec := range f.Imports {
		p, err := strconv.Unquote(spec.Path.Value)
		if err != nil {
			return "", nil, false
		}
		local := localName(info, spec, p)
		if p == pkgPath {
			if local == "_" || local == "." {
				return "", nil, false
			}
			return local, nil, visible(pkg, pos, local, spec, info)
		}
		if local == name {
			return "", nil, false
		}
	}
	if !visible(pkg, pos, name, nil, info) {
		return "", nil, false
	}
	return name, insert(pass.Fset, f, pkgPath), true
}

// localName is the name an import spec binds in its file.
func localName(info *types.Info, spec *ast.ImportSpec, p string) string {
	if spec.Name != nil {
		return spec.Name.Name
	}
	if pn := info.PkgNameOf(spec); pn != nil {
		return pn.Name()
	}
	return path.Base(p)
}

// visible reports whether name at pos resolves to the import spec (or to
// nothing, when spec is nil).
func visible(pkg *types.Package, pos token.Pos, name string, spec *ast.ImportSpec, info *types.Info) bool {
	scope := pkg.Scope().Innermost(pos)
	if scope == nil {
		return false
	}
	_, obj := scope.LookupParent(name, pos)
	if spec == nil {
		return obj == nil
	}
	pn, ok := obj.(*types.PkgName)
	return ok && pn == info.PkgNameOf(spec)
}

// insert returns the edits that add an import of pkgPath to f.
func insert(fset *token.FileSet, f *ast.File, pkgPath string) []analysis.TextEdit {
	quoted := strconv.Quote(pkgPath)
	var last *ast.GenDecl
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
			last = g
		}
	}
	switch {
	case last == nil:
		return []analysis.TextEdit{{Pos: f.Name.End(), End: f.Name.End(), NewText: []byte("\n\nimport " + quoted)}}
	case !last.Lparen.IsValid():
		return []analysis.TextEdit{{Pos: last.End(), End: last.End(), NewText: []byte("\nimport " + quoted)}}
	}
	group := lastGroup(fset, last)
	if len(group) > 0 && !isStd(group[0]) {
		i := sort.Search(len(group), func(i int) bool { return specPath(group[i]) > pkgPath })
		if i < len(group) {
			return []analysis.TextEdit{{Pos: group[i].Pos(), End: group[i].Pos(), NewText: []byte(quoted + "\n\t")}}
		}
		return []analysis.TextEdit{{Pos: last.Rparen, End: last.Rparen, NewText: []byte("\t" + quoted + "\n")}}
	}
	return []analysis.TextEdit{{Pos: last.Rparen, End: last.Rparen, NewText: []byte("\n\t" + quoted + "\n")}}
}

// lastGroup returns the specs after the last blank line of an import block,
// as gofmt groups them.
func lastGroup(fset *token.FileSet, g *ast.GenDecl) []*ast.ImportSpec {
	var group []*ast.ImportSpec
	prevLine := 0
	for _, s := range g.Specs {
		spec := s.(*ast.ImportSpec)
		line := fset.Position(spec.Pos()).Line
		if prevLine > 0 && line-prevLine > 1 {
			group = group[:0]
		}
		group = append(group, spec)
		prevLine = fset.Position(spec.End()).Line
	}
	return group
}

func specPath(s *ast.ImportSpec) string {
	p, _ := strconv.Unquote(s.Path.Value)
	return p
}

// isStd reports whether an import names a standard-library package: its
// first path element has no dot.
func isStd(s *ast.ImportSpec) bool {
	first, _, _ := strings.Cut(specPath(s), "/")
	return !strings.Contains(first, ".")
}

// Text returns the gofmt-formatted source of an expression or type.
func Text(fset *token.FileSet, e ast.Expr) string {
	var b bytes.Buffer
	if err := format.Node(&b, fset, e); err != nil {
		return types.ExprString(e)
	}
	return b.String()
}

// Indent returns the white space that starts the line of pos, so that an
// inserted statement lines up with the statement at pos.
func Indent(pass *analysis.Pass, pos token.Pos) (string, bool) {
	tf := pass.Fset.File(pos)
	if tf == nil {
		return "", false
	}
	src, err := pass.ReadFile(tf.Name())
	if err != nil {
		return "", false
	}
	start, off := tf.Offset(tf.LineStart(tf.Line(pos))), tf.Offset(pos)
	if off > len(src) || strings.TrimLeft(string(src[start:off]), " \t") != "" {
		return "", false
	}
	return string(src[start:off]), true
}

// LineEnd returns the position of the end of the line of pos, after any
// trailing comment, where a new statement can be inserted on its own line.
func LineEnd(fset *token.FileSet, pos token.Pos) token.Pos {
	tf := fset.File(pos)
	if line := tf.Line(pos); line < tf.LineCount() {
		return tf.LineStart(line+1) - 1
	}
	return tf.Pos(tf.Size())
}

// PkgUses counts, per imported package, the qualified identifiers of root
// that lie between start and end.
func PkgUses(info *types.Info, root ast.Node, start, end token.Pos) map[*types.PkgName]int {
	uses := map[*types.PkgName]int{}
	ast.Inspect(root, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && id.Pos() >= start && id.End() <= end {
			if pn, ok := info.Uses[id].(*types.PkgName); ok {
				uses[pn]++
			}
		}
		return true
	})
	return uses
}

// DropUnused returns the edits that delete the imports of f that fixes
// removing the given uses would leave unused: those whose every use in f is
// counted in removed. An import sharing its line with other code is kept
// (and the fix should then not be offered; ok is false).
func DropUnused(pass *analysis.Pass, f *ast.File, removed map[*types.PkgName]int) (edits []analysis.TextEdit, ok bool) {
	all := PkgUses(pass.TypesInfo, f, f.Pos(), f.End())
	for _, spec := range f.Imports {
		pn := pass.TypesInfo.PkgNameOf(spec)
		if pn == nil || removed[pn] == 0 || all[pn] > removed[pn] {
			continue
		}
		var node ast.Node = spec
		for _, d := range f.Decls {
			if g, isGen := d.(*ast.GenDecl); isGen && !g.Lparen.IsValid() && len(g.Specs) == 1 && g.Specs[0] == spec {
				node = g
			}
		}
		tf := pass.Fset.File(node.Pos())
		line := tf.Line(node.Pos())
		if tf.Line(node.End()) != line || line >= tf.LineCount() {
			return nil, false
		}
		start, next := tf.LineStart(line), tf.LineStart(line+1)
		if !onlyOnLine(pass, start, next, node) {
			return nil, false
		}
		edits = append(edits, analysis.TextEdit{Pos: start, End: next})
	}
	return edits, true
}

// onlyOnLine reports whether node, possibly with a trailing comment, is all
// the line from start to next holds.
func onlyOnLine(pass *analysis.Pass, start, next token.Pos, node ast.Node) bool {
	src, err := pass.ReadFile(pass.Fset.File(start).Name())
	if err != nil {
		return false
	}
	tf := pass.Fset.File(start)
	before := string(src[tf.Offset(start):tf.Offset(node.Pos())])
	after := strings.TrimSpace(string(src[tf.Offset(node.End()):tf.Offset(next)]))
	return strings.TrimLeft(before, " \t") == "" && (after == "" || strings.HasPrefix(after, "//"))
}

// TypeText returns t written as file f can name it: types of the package
// unqualified, other named types through f's imports. ok is false when f
// does not import a package the type needs.
func TypeText(pass *analysis.Pass, f *ast.File, t types.Type) (text string, ok bool) {
	names := map[*types.Package]string{}
	for _, spec := range f.Imports {
		if pn := pass.TypesInfo.PkgNameOf(spec); pn != nil {
			names[pn.Imported()] = pn.Name()
		}
	}
	ok = true
	text = types.TypeString(t, func(p *types.Package) string {
		if p == pass.Pkg {
			return ""
		}
		name, found := names[p]
		ok = ok && found && name != "_" && name != "."
		return name
	})
	return text, ok
}
