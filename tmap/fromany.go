package tmap

import "github.com/mapkit-go/mapkit/encode"

// FromAny converts a decoded JSON object, or any map[string]any, into a
// typed map by the rules of encode.Convert into a map[string]V, with the
// same options: a value fits V when Unmarshal would store it there from the
// text it came from (3.0 fits int8; 3.5, 300 and -1 do not fit uint8; 0.1
// fits float32, rounded; null stores V's zero value), and values of other
// shapes are read as encode.Marshal would write them.
//
// If a value does not fit, FromAny returns nil and Convert's
// *encode.DecodeError, which lists every key whose value does not fit, in
// ascending key order, each as an *encode.PathError naming the key.
func FromAny[V any](src map[string]any, opts ...encode.Option) (*Map[string, V], error) {
	var plain map[string]V
	if err := encode.Convert(src, &plain, opts...); err != nil {
		return nil, err
	}
	return From(plain), nil
}
