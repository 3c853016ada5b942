package safelog

import "github.com/mapkit-go/mapkit/safelog/internal/walk"

// Limits bound what the formatter shows of a value. A zero field takes its
// value from DefaultLimits; a negative field means no limit.
type Limits struct {
	// MaxKeys is the number of entries shown per map, slice, array or
	// struct: the first MaxKeys in fmt's key order for maps, the first
	// MaxKeys in their own order otherwise. The rest are counted in a
	// "...+N" marker.
	MaxKeys int
	// MaxDepth is the number of container levels whose entries are shown;
	// a deeper container shows only its "...+N" marker. Even without a
	// limit, nesting stops at 10,000 levels.
	MaxDepth int
	// MaxBytes caps the rendered form of a value in bytes. Format and
	// Append never exceed it; slog and zap output is kept to about it (the
	// handler's own syntax — quotes, escapes, key prefixes — comes on top).
	MaxBytes int
	// MaxString is the number of bytes shown of any one string, cut on a
	// UTF-8 boundary and followed by a "...+NB" marker.
	MaxString int
	// Summary makes a value that does not fit in MaxBytes render as a
	// one-line summary — <type len=N size~S> with its entry count and an
	// estimate of its full size, extrapolated from the entries shown —
	// instead of as a marked prefix. It applies to the text and JSON forms
	// (Format, Append, Value); slog and zap output keeps the prefix.
	Summary bool
}

// DefaultLimits are the limits a zero Limits field stands for, and those of
// Any: 32 entries per container, 6 levels, 256 bytes per string and 4 KiB
// per value. Change it, if at all, before any logging starts.
var DefaultLimits = Limits{MaxKeys: 32, MaxDepth: 6, MaxBytes: 4096, MaxString: 256}

// NoLimits shows everything: with it Format prints what fmt.Sprint prints
// for plain data (maps, slices, strings without control characters, numbers,
// bools and nil).
var NoLimits = Limits{MaxKeys: -1, MaxDepth: -1, MaxBytes: -1, MaxString: -1}

// resolved are limits with defaults applied and no-limit as math.MaxInt.
type resolved struct {
	walk    walk.Limits
	summary bool
}

// spec returns l as the walker spells unresolved limits.
func (l Limits) spec() walk.Spec {
	return walk.Spec{MaxKeys: l.MaxKeys, MaxDepth: l.MaxDepth, MaxBytes: l.MaxBytes, MaxString: l.MaxString}
}

func (l Limits) resolve() resolved {
	return resolved{walk: l.spec().Resolve(DefaultLimits.spec(), false), summary: l.Summary}
}
