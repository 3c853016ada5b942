package structgen

// Kind classifies the values seen at one position of the samples.
type Kind uint8

// The kinds an inferred Type can have. The zero Kind is Unknown.
const (
	// Unknown means no value other than null was seen: the position held only
	// nulls, or it is the element of arrays that were always empty.
	Unknown Kind = iota
	Bool
	// Int means every number seen was an integer literal (no fraction, no
	// exponent).
	Int
	// Float means some number seen had a fraction or an exponent.
	Float
	String
	// Object is an object whose keys are names: it becomes a struct.
	Object
	// Map is an object whose keys are data: it becomes map[string]Elem.
	Map
	Array
	// Mixed means values of different kinds (say a string and a number) were
	// seen: the position becomes json.RawMessage, which keeps them as written.
	Mixed
)

var kindNames = [...]string{"unknown", "bool", "int", "float", "string", "object", "map", "array", "mixed"}

// String returns the kind's lower-case name.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind(?)"
}

// IntRange is the narrowest Go integer type that holds every integer literal
// seen at a position.
type IntRange uint8

// The integer ranges, narrowest first.
const (
	Int32  IntRange = iota // every value fits int32: Go type int
	Int64                  // every value fits int64: Go type int64
	Uint64                 // non-negative values, some beyond int64: Go type uint64
	BigInt                 // beyond uint64: Go type json.Number
)

// Type is the inferred type of one position of the samples: the root value,
// an object's field, the elements of an array or the values of a map. It is
// the intermediate model between the samples and the generated Go source.
type Type struct {
	Kind Kind
	// Null reports that null was seen here in some sample.
	Null bool
	// Values counts the non-null values merged into this position.
	Values int
	// Range is the range of integer literals seen (Kind Int, and Float
	// positions that also saw integers).
	Range IntRange
	// Lossy reports that some number literal seen here does not survive a
	// float64 round trip (too many digits, or out of range). A Float position
	// that is Lossy becomes json.Number, which keeps the literal as written.
	Lossy bool
	// Fields are the keys of Kind Object, in order of first appearance over
	// the samples in the order they were given.
	Fields []*Field
	// Elem is the element type of Kind Array and the value type of Kind Map.
	Elem *Type

	signed bool           // some integer literal starts with '-'
	keys   int            // the most keys one object here had
	index  map[string]int // key → position in Fields
}

// Field is one key of an Object.
type Field struct {
	// Key is the JSON key exactly as written in the samples.
	Key string
	// Count is the number of objects at this position that had the key; the
	// key is optional when Count is below the object's Values.
	Count int
	Type  *Type
}

// field returns the field for key, adding it at the end if it is new.
func (t *Type) field(key string) *Field {
	if i, ok := t.index[key]; ok {
		return t.Fields[i]
	}
	if t.index == nil {
		t.index = make(map[string]int)
	}
	f := &Field{Key: key, Type: &Type{}}
	t.index[key] = len(t.Fields)
	t.Fields = append(t.Fields, f)
	return f
}

// Field returns the field with the given JSON key, or nil.
func (t *Type) Field(key string) *Field {
	if i, ok := t.index[key]; ok {
		return t.Fields[i]
	}
	return nil
}

// merge folds src into dst: both describe values seen at the same position.
// Kinds that cannot share a Go type make Mixed; an integer and a float make
// Float; Unknown takes the other side's kind. dst takes over parts of src,
// which must not be used afterwards.
func merge(dst, src *Type) {
	dst.Null = dst.Null || src.Null
	if src.Values == 0 && src.Kind == Unknown {
		return
	}
	switch {
	case dst.Kind == Unknown && dst.Values == 0 && dst.Fields == nil && dst.Elem == nil:
		null := dst.Null
		*dst = *src
		dst.Null = dst.Null || null
		return
	case dst.Kind == Mixed || src.Kind == Mixed:
		dst.becomeMixed()
	case dst.Kind == src.Kind:
		mergeSame(dst, src)
	case isNumber(dst.Kind) && isNumber(src.Kind):
		dst.Kind = Float
		dst.mergeNumbers(src)
	default:
		dst.becomeMixed()
	}
	dst.Values += src.Values
}

// mergeSame folds src into dst when both have the same kind.
func mergeSame(dst, src *Type) {
	dst.mergeNumbers(src)
	switch dst.Kind {
	case Object:
		dst.keys = max(dst.keys, src.keys)
		for _, sf := range src.Fields {
			df := dst.field(sf.Key)
			df.Count += sf.Count
			merge(df.Type, sf.Type)
		}
	case Array, Map:
		if dst.Elem == nil {
			dst.Elem = &Type{}
		}
		if src.Elem != nil {
			merge(dst.Elem, src.Elem)
		}
	}
}

// mergeNumbers widens t's integer range and lossiness to cover src's: a
// range of signed values and one beyond int64 need a big integer.
func (t *Type) mergeNumbers(src *Type) {
	t.Range = max(t.Range, src.Range)
	t.signed = t.signed || src.signed
	if t.Range == Uint64 && t.signed {
		t.Range = BigInt
	}
	t.Lossy = t.Lossy || src.Lossy
}

// becomeMixed drops what dst knew beyond nullness: a Mixed position keeps
// its values as written.
func (t *Type) becomeMixed() {
	t.Kind, t.Fields, t.Elem, t.index, t.Range, t.Lossy, t.signed = Mixed, nil, nil, nil, 0, false, false
}

func isNumber(k Kind) bool { return k == Int || k == Float }
