package tmap

import (
	"reflect"
	"sync"

	"github.com/mapkit-go/mapkit/internal/pool"
)

// maxPooled is the largest buffer, in elements, that the pools keep; bigger
// ones are dropped so that one huge map cannot pin memory in a pool.
const maxPooled = 1 << 16

var (
	stringBufs = pool.New[string](64, maxPooled, true)
	idBufs     = pool.New[int32](64, maxPooled, false)
	textBufs   = pool.New[byte](1024, 16*maxPooled, false)
)

// bufPools holds one *pool.Slices[E] per element type E.
var bufPools sync.Map

// bufPool returns the pool of []E buffers, creating it on first use. After
// that it does not allocate.
func bufPool[E any]() *pool.Slices[E] {
	t := reflect.TypeFor[E]()
	if p, ok := bufPools.Load(t); ok {
		return p.(*pool.Slices[E])
	}
	p, _ := bufPools.LoadOrStore(t, pool.New[E](64, maxPooled, true))
	return p.(*pool.Slices[E])
}

// objPools holds one *sync.Pool of *T per type T.
var objPools sync.Map

// objPool returns the pool of *T values, creating it on first use. After
// that it does not allocate.
func objPool[T any]() *sync.Pool {
	t := reflect.TypeFor[T]()
	if p, ok := objPools.Load(t); ok {
		return p.(*sync.Pool)
	}
	p, _ := objPools.LoadOrStore(t, &sync.Pool{New: func() any { return new(T) }})
	return p.(*sync.Pool)
}
