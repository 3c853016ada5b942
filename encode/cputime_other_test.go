//go:build !unix

package encode

// processCPU is not measured on this platform.
func processCPU() int64 { return 0 }
