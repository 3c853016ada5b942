package walk

import (
	"runtime"
	"strings"
	"sync/atomic"
)

// A method that logs its own receiver (a String that calls safelog.Format on
// itself) re-enters the walker from inside one of its calls. fmt overflows
// the stack there; the walker lets a goroutine nest at most maxNested user
// method calls made by walks, and shows CallsMarker instead of the next one.
// Telling goroutines apart costs a look at the stack, so it is done only
// when, across all goroutines, at least maxNested such calls are under way.
const maxNested = 8

// inMethods counts the user method calls under way in all walks.
var inMethods atomic.Int64

func enter() { inMethods.Add(1) }
func leave() { inMethods.Add(-1) }

// callers are the functions through which the walker calls user methods.
var callers = [...]string{".(*Walker).call", ".callBytes", ".(*Walker).logValue", ".(*Container).collectOrdered", ".(*Walker).length", ".(*Walker).sprint"}

// maxScan bounds the stack frames reentered reads.
const maxScan = 4096

// reentered reports whether this goroutine is already inside maxNested
// user method calls made by walks.
func reentered() bool {
	if inMethods.Load() < maxNested {
		return false
	}
	var pcs [64]uintptr
	nested := 0
	for skip := 2; skip < maxScan; skip += len(pcs) {
		n := runtime.Callers(skip, pcs[:])
		frames := runtime.CallersFrames(pcs[:n])
		for {
			f, more := frames.Next()
			if isCaller(f.Function) {
				nested++
				if nested >= maxNested {
					return true
				}
			}
			if !more {
				break
			}
		}
		if n < len(pcs) {
			return false
		}
	}
	return false
}

func isCaller(fn string) bool {
	const pkg = "mapkit/safelog/internal/walk"
	i := strings.Index(fn, pkg)
	if i < 0 {
		return false
	}
	rest := fn[i+len(pkg):]
	for _, c := range callers {
		if rest == c {
			return true
		}
	}
	return false
}
