//go:build unix

package encode

import "syscall"

// processCPU returns the CPU time the process has used, in nanoseconds, user
// and system, all threads (the garbage collector's included).
func processCPU() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
