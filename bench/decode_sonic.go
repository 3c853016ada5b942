//go:build (amd64 || arm64) && !go1.28

package bench

import (
	"io"

	"github.com/bytedance/sonic"
)

// sonic builds natively on amd64 and arm64 up to Go 1.27 (see
// encode_sonic.go).
func init() {
	decoders = append(decoders, decoder{impl: "sonic", role: Peer, how: "bytedance/sonic ConfigStd NewDecoder(r).Decode", decode: func(r io.Reader, v any) error {
		return sonic.ConfigStd.NewDecoder(r).Decode(v)
	}})
}
