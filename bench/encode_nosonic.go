//go:build !((amd64 || arm64) && !go1.28)

package bench

func init() {
	notes = append(notes, "sonic is left out: bytedance/sonic v1.15.5 has a native encoder only on amd64 and arm64 with Go 1.17 to 1.27; elsewhere it falls back to encoding/json.")
}
