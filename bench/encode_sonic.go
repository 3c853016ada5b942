//go:build (amd64 || arm64) && !go1.28

package bench

import (
	"io"

	"github.com/bytedance/sonic"
)

// sonic's native encoder supports amd64 and arm64 up to Go 1.27; elsewhere
// it falls back to encoding/json, which the suite already measures.
func init() {
	notes = append(notes, "sonic is bytedance/sonic v1.15.5 with ConfigStd (sorted keys, HTML escaping); it is compiled only on amd64 and arm64 with Go up to 1.27, where it has its native encoder (it does not build on 32-bit platforms).")
	encoders = append(encoders, encoder{impl: "sonic", role: Peer, how: "bytedance/sonic ConfigStd Encoder", stream: func(w io.Writer) func(any) error {
		return sonic.ConfigStd.NewEncoder(w).Encode
	}})
	perCallers = append(perCallers, perCaller{
		impl: "sonic", role: Peer,
		encoder: "sonic.ConfigStd.NewEncoder(w).Encode(v)", marshal: "sonic.ConfigStd.Marshal(v)",
		encode:       func(w io.Writer, v any) error { return sonic.ConfigStd.NewEncoder(w).Encode(v) },
		marshalValue: sonic.ConfigStd.Marshal,
	})
}
