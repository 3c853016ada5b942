// Package astq answers the questions about syntax and types that the mapkit
// vet analyzers share: which function a call invokes, whether an expression
// can be evaluated twice without effect, whether two expressions name the same
// variable, and whether a type is map[string]any.
package astq

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// Callee returns the function or method a call statically invokes, or nil
// for calls of function values, conversions and builtins.
func Callee(info *types.Info, call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	return fn
}

// IsFunc reports whether fn is the package-level function pkg.name.
func IsFunc(fn *types.Func, pkg, name string) bool {
	if fn == nil || fn.Pkg() == nil || fn.Name() != name || fn.Pkg().Path() != pkg {
		return false
	}
	return fn.Signature().Recv() == nil
}

// Recv returns the package path and the name of the named type whose method
// fn is, with pointers removed, or empty strings when fn is not a method of a
// named type.
func Recv(fn *types.Func) (pkg, typ string) {
	if fn == nil {
		return "", ""
	}
	recv := fn.Signature().Recv()
	if recv == nil {
		return "", ""
	}
	t := types.Unalias(recv.Type())
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	named, ok := t.(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return "", ""
	}
	return named.Obj().Pkg().Path(), named.Obj().Name()
}

// Pure reports whether evaluating e twice yields the same value with no
// effect: identifiers, constants and field selections on them.
func Pure(info *types.Info, e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return true
	case *ast.BasicLit:
		return true
	case *ast.SelectorExpr:
		if sel, ok := info.Selections[e]; ok {
			return sel.Kind() == types.FieldVal && !sel.Indirect() && Pure(info, e.X)
		}
		_, isPkg := info.Uses[identOf(e.X)].(*types.PkgName)
		return isPkg
	}
	return false
}

func identOf(e ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(e).(*ast.Ident)
	return id
}

// Var returns the variable that e names when e is an identifier, or nil.
func Var(info *types.Info, e ast.Expr) *types.Var {
	id := identOf(e)
	if id == nil {
		return nil
	}
	v, _ := info.ObjectOf(id).(*types.Var)
	return v
}

// Same reports whether a and b are the same pure reference: the same
// variable, or the same field of the same reference.
func Same(info *types.Info, a, b ast.Expr) bool {
	a, b = ast.Unparen(a), ast.Unparen(b)
	switch a := a.(type) {
	case *ast.Ident:
		b, ok := b.(*ast.Ident)
		return ok && info.ObjectOf(a) != nil && info.ObjectOf(a) == info.ObjectOf(b)
	case *ast.SelectorExpr:
		b, ok := b.(*ast.SelectorExpr)
		if !ok || info.ObjectOf(a.Sel) == nil || info.ObjectOf(a.Sel) != info.ObjectOf(b.Sel) {
			return false
		}
		if _, isPkg := info.Uses[identOf(a.X)].(*types.PkgName); isPkg {
			return true
		}
		return Same(info, a.X, b.X)
	}
	return false
}

// IsStringAnyMap reports whether t is the unnamed type map[string]any.
func IsStringAnyMap(t types.Type) bool {
	m, ok := types.Unalias(t).(*types.Map)
	if !ok {
		return false
	}
	k, ok := types.Unalias(m.Key()).(*types.Basic)
	return ok && k.Kind() == types.String && IsEmptyInterface(m.Elem())
}

// IsEmptyInterface reports whether t is any (interface{}), named or not.
func IsEmptyInterface(t types.Type) bool {
	i, ok := t.Underlying().(*types.Interface)
	return ok && i.Empty()
}

// Uses returns every identifier in root that refers to obj, in source order.
func Uses(info *types.Info, root ast.Node, obj types.Object) []*ast.Ident {
	var ids []*ast.Ident
	ast.Inspect(root, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && info.Uses[id] == obj {
			ids = append(ids, id)
		}
		return true
	})
	return ids
}

// Within reports whether pos lies inside n.
func Within(pos token.Pos, n ast.Node) bool {
	return n.Pos() <= pos && pos < n.End()
}

// Statements returns the statement list of a block or of a case or select
// clause, and nil for other nodes.
func Statements(n ast.Node) []ast.Stmt {
	switch n := n.(type) {
	case *ast.BlockStmt:
		return n.List
	case *ast.CaseClause:
		return n.Body
	case *ast.CommClause:
		return n.Body
	}
	return nil
}

// IsBuiltin reports whether fun names the builtin function name.
func IsBuiltin(info *types.Info, fun ast.Expr, name string) bool {
	b, ok := info.Uses[identOf(fun)].(*types.Builtin)
	return ok && b.Name() == name
}

// ByPos orders objects by their position, for reports in source order.
func ByPos[T types.Object](a, b T) int { return int(a.Pos() - b.Pos()) }
