//go:build !unix

package testsupport

import "time"

// CPU returns 0: the platform does not report CPU time.
func CPU() time.Duration { return 0 }
