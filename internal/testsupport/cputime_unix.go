//go:build unix

package testsupport

import (
	"syscall"
	"time"
)

// CPU returns the CPU time, user and system, that the process has used so
// far, or 0 where the platform does not report it.
func CPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
