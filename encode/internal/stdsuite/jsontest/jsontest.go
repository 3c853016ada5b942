// Package jsontest stands in for encoding/json's internal test helpers, which
// only the standard library may import, so that encoding/json's own tests can
// run against encode: a case name with the position of the code that made it.
package jsontest

import (
	"fmt"
	"path/filepath"
	"runtime"
)

// CaseName is a test case's name and where in the source it was declared.
type CaseName struct {
	Name  string
	Where CasePos
}

// CasePos is a position in the source of a test.
type CasePos struct{ pc uintptr }

// Name returns a CaseName for s at the position of its caller.
func Name(s string) CaseName {
	var pcs [1]uintptr
	runtime.Callers(2, pcs[:])
	return CaseName{Name: s, Where: CasePos{pc: pcs[0]}}
}

// String returns the position as file:line.
func (p CasePos) String() string {
	f, _ := runtime.CallersFrames([]uintptr{p.pc}).Next()
	return fmt.Sprintf("%s:%d", filepath.Base(f.File), f.Line)
}
