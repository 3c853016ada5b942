package structgen

import (
	"errors"
	"fmt"
	"go/format"
	"go/token"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// Options configure the generated source. The zero Options are ready to use.
type Options struct {
	// Package is the package clause; "main" when empty.
	Package string
	// TypeName names the type of the top-level value; "Root" when empty. It
	// must be an exported identifier.
	TypeName string
	// Names name the samples in errors (file names, say): one per sample, or
	// nil for "sample N", counting from 0.
	Names []string
	// Required tags each field present in every object at its position
	// `mapkit:"required"`, or `mapkit:"required,nullable"` when some sample
	// set it to null, so that encode.Unmarshal reports it when it is missing
	// (and, without nullable, when it is null).
	Required bool
	// Maps are the paths of objects to write as map[string]T whatever their
	// keys look like. A path is written as in the doc comments of the
	// generated types: keys joined by '.', "[]" for the elements of an
	// array, ".*" for the values of a map, "" for the top-level value:
	// "headers", "upstreams[].headers", "routes.*.labels".
	Maps []string
	// Structs maps paths (as in Maps) of objects to the names of the
	// structs to write for them, whatever their keys look like. Each name
	// must be an exported identifier, used once, and not TypeName.
	//
	// Maps and Structs apply when Generate infers the types (Source names
	// the structs of Structs, and keeps the maps t has); Generate fails
	// with ErrOptions for a path that is not an object in the samples.
	Structs map[string]string
}

// ErrOptions is wrapped by the errors of Generate and Source for Options
// they cannot use (a package or type name that is not a Go identifier).
var ErrOptions = errors.New("structgen: invalid options")

func (o Options) withDefaults() (Options, error) {
	if o.Package == "" {
		o.Package = "main"
	}
	if o.TypeName == "" {
		o.TypeName = "Root"
	}
	if !token.IsIdentifier(o.Package) || o.Package == "_" {
		return o, fmt.Errorf("%w: package name %q is not a Go identifier", ErrOptions, o.Package)
	}
	if !token.IsIdentifier(o.TypeName) || !token.IsExported(o.TypeName) {
		return o, fmt.Errorf("%w: type name %q is not an exported Go identifier", ErrOptions, o.TypeName)
	}
	names := map[string]string{o.TypeName: "the top-level value"}
	for _, p := range slices.Sorted(maps.Keys(o.Structs)) {
		name := o.Structs[p]
		switch {
		case p == "":
			return o, fmt.Errorf("%w: the top-level value is named by the type name, not by a struct path", ErrOptions)
		case slices.Contains(o.Maps, p):
			return o, fmt.Errorf("%w: path %q is both a map and a struct", ErrOptions, p)
		case !token.IsIdentifier(name) || !token.IsExported(name):
			return o, fmt.Errorf("%w: struct name %q for %q is not an exported Go identifier", ErrOptions, name, p)
		case names[name] != "":
			return o, fmt.Errorf("%w: struct name %q for %q is also the name of %s", ErrOptions, name, p, names[name])
		}
		names[name] = strconv.Quote(p)
	}
	return o, nil
}

// Generate infers the types of the samples (see Infer) and returns their Go
// source (see Source). Every sample decodes into the root type and encodes
// back to the same JSON, up to insignificant whitespace, key order of maps
// and the spelling of numbers (1.50 for 1.5).
func Generate(samples [][]byte, opts Options) ([]byte, error) {
	opts, err := opts.withDefaults()
	if err != nil {
		return nil, err
	}
	t, err := inferWith(samples, opts.Names, newOverrides(opts))
	if err != nil {
		return nil, err
	}
	return Source(t, opts)
}

// Source returns gofmt-formatted Go source declaring opts.TypeName as the Go
// type of t, and a named struct for every Object inside it. The output is a
// function of t and opts alone: same input, same bytes.
//
// The mapping from kinds: Bool bool; String string; Int int when every value
// fits int32, else int64, else uint64, else json.Number; Float float64, or
// json.Number when some literal would not survive float64; Array []Elem; Map
// map[string]Elem; Mixed json.RawMessage (kept as written); Unknown any.
//
// Nullness and absence: a value that can be null is a pointer, except where
// nil is already a value (slices, maps, any, json.RawMessage). A struct
// field missing from some objects is a pointer (the same exceptions) tagged
// omitzero, so that absence, an explicit zero and an empty {} or [] stay
// apart. A field both missing and null in some objects is Optional[T], a
// generic type emitted in the same file that tells the three apart.
//
// Fields come in the order their keys first appeared over the samples; json
// tags are the keys exactly. Nested structs are named after their key, in
// singular for elements of arrays and values of maps, with Go initialisms;
// a name already taken is prefixed with the parent's name, then numbered.
// Structs of identical shape share one name. Declarations come root first,
// then in order of first use.
func Source(t *Type, opts Options) ([]byte, error) {
	opts, err := opts.withDefaults()
	if err != nil {
		return nil, err
	}
	e := &emitter{names: newNamer(opts.TypeName), shapes: map[string]*decl{}, structs: opts.Structs, required: opts.Required}
	for _, name := range opts.Structs {
		e.names.taken[name] = true
	}
	e.optional = e.names.unique(optionalName, optionalName+"Field")
	var root *decl
	if t.Kind == Object {
		root = e.structDecl(t, opts.TypeName, "", nil, opts.TypeName)
	} else {
		root = &decl{name: opts.TypeName}
		root.body = e.expr(t, opts.TypeName, opts.TypeName, nil, root)
		if strings.HasPrefix(root.body, "json.") {
			// An alias keeps the methods and special cases of json's types.
			root.body = "= " + root.body
		}
	}
	root.doc = fmt.Sprintf("%s is the type of the top-level value of the samples.", opts.TypeName)

	var decls []*decl
	done := map[*decl]bool{}
	var walk func(d *decl)
	walk = func(d *decl) {
		if !done[d] {
			done[d] = true
			decls = append(decls, d)
			for _, c := range d.uses {
				walk(c)
			}
		}
	}
	walk(root)
	usesJSON, usesOptional := false, false
	for _, d := range decls {
		usesJSON = usesJSON || d.json || d.optional
		usesOptional = usesOptional || d.optional
	}

	var b strings.Builder
	b.WriteString("// Code generated by mapkit structgen. DO NOT EDIT.\n\n")
	fmt.Fprintf(&b, "package %s\n\n", opts.Package)
	switch {
	case usesJSON:
		b.WriteString("import \"encoding/json\"\n\n")
	}
	for _, d := range decls {
		fmt.Fprintf(&b, "// %s\ntype %s %s\n\n", d.doc, d.name, d.body)
	}
	if usesOptional {
		b.WriteString(strings.ReplaceAll(optionalSource, optionalName, e.optional))
	}
	return format.Source([]byte(b.String()))
}

const optionalName = "Optional"

// optionalSource declares Optional[T], for fields that some samples lack and
// some set to null.
const optionalSource = `// Optional is a field that may be absent, null or set. The zero Optional is
// absent, and omitzero leaves it out.
type Optional[T any] struct {
	Value T
	Null  bool // the field was null
	Set   bool // the field was present, null or not
}

// IsZero reports whether the field is absent.
func (o Optional[T]) IsZero() bool { return !o.Set }

// MarshalJSON writes null or the value.
func (o Optional[T]) MarshalJSON() ([]byte, error) {
	if o.Null || !o.Set {
		return []byte("null"), nil
	}
	return json.Marshal(o.Value)
}

// MarkPresent records that the field was present, and whether it was null,
// and returns the value to decode into. encode.Unmarshal and encode.Convert
// call it (it implements encode.Presence) and decode the value themselves,
// with their options and checks.
func (o *Optional[T]) MarkPresent(null bool) any {
	*o = Optional[T]{Set: true, Null: null}
	return &o.Value
}

// UnmarshalJSON reads null or a value as json.Unmarshal does, for decoders
// that do not know encode.Presence.
func (o *Optional[T]) UnmarshalJSON(data []byte) error {
	*o = Optional[T]{Set: true, Null: string(data) == "null"}
	if o.Null {
		return nil
	}
	return json.Unmarshal(data, &o.Value)
}
`

// maxPrefixed bounds the names made by prefixing the parent's name: past it,
// names are numbered, so deep documents do not grow quadratic names.
const maxPrefixed = 48

// path is a JSON path built one segment at a time ("spec", ".template",
// "[]", ".*"); only doc comments render it, and only its end.
type path struct {
	parent *path
	seg    string
}

func (p *path) child(seg string) *path { return &path{parent: p, seg: seg} }

// full returns the whole path, as Options.Maps and Options.Structs name it.
func (p *path) full() string {
	var segs []string
	for q := p; q != nil; q = q.parent {
		segs = append(segs, q.seg)
	}
	slices.Reverse(segs)
	return strings.TrimPrefix(strings.Join(segs, ""), ".")
}

// String returns the path, or "…" and its last segments when it is long.
func (p *path) String() string {
	const limit = 80
	var segs []string
	n := 0
	for q := p; q != nil; q = q.parent {
		if n+len(q.seg) > limit {
			segs = append(segs, "…")
			break
		}
		segs = append(segs, q.seg)
		n += len(q.seg)
	}
	slices.Reverse(segs)
	return strings.TrimPrefix(strings.Join(segs, ""), ".")
}

// decl is one generated type declaration.
type decl struct {
	name, doc, body string
	uses            []*decl // struct declarations it refers to, in order
	json, optional  bool    // it refers to package json, to Optional
}

type emitter struct {
	names    *namer
	shapes   map[string]*decl  // struct body → its declaration
	structs  map[string]string // Options.Structs
	required bool              // Options.Required
	optional string            // the name of the Optional helper
}

// forced returns the name Options.Structs gives the struct at at, or "".
func (e *emitter) forced(at *path) string {
	if len(e.structs) == 0 {
		return ""
	}
	return e.structs[at.full()]
}

// expr returns the Go type of values of t, without the pointer for null.
// hint names a struct for it, parent is the enclosing struct's name, at is
// its JSON path for doc comments, and from records the structs it uses.
func (e *emitter) expr(t *Type, hint, parent string, at *path, from *decl) string {
	switch t.Kind {
	case Bool:
		return "bool"
	case String:
		return "string"
	case Int:
		switch t.Range {
		case Int32:
			return "int"
		case Int64:
			return "int64"
		case Uint64:
			return "uint64"
		}
		return e.jsonType(from, "Number")
	case Float:
		if t.Lossy {
			return e.jsonType(from, "Number")
		}
		return "float64"
	case Mixed:
		return e.jsonType(from, "RawMessage")
	case Array:
		return "[]" + e.elem(t.Elem, elementName(hint), parent, at.child("[]"), from)
	case Map:
		return "map[string]" + e.elem(t.Elem, elementName(hint), parent, at.child(".*"), from)
	case Object:
		d := e.structDecl(t, hint, parent, at, e.forced(at))
		if !slices.Contains(from.uses, d) {
			from.uses = append(from.uses, d)
		}
		return d.name
	}
	return "any"
}

// elem returns the Go type of an array element or a map value.
func (e *emitter) elem(t *Type, hint, parent string, at *path, from *decl) string {
	x := e.expr(t, hint, parent, at, from)
	if t.Null && !nilable(t) {
		return "*" + x
	}
	return x
}

// nilable reports whether nil is a value of t's Go type.
func nilable(t *Type) bool {
	return t.Kind == Unknown || t.Kind == Mixed || t.Kind == Array || t.Kind == Map
}

func (e *emitter) jsonType(from *decl, name string) string {
	from.json = true
	return "json." + name
}

// structDecl declares the struct for an Object; name, when set, is its
// name, otherwise one is taken from hint and parent before the fields are
// named (so outer structs get the plain names), and given back when the
// struct turns out to have the shape of an earlier one, which it then is.
func (e *emitter) structDecl(t *Type, hint, parent string, at *path, name string) *decl {
	fresh := name == ""
	if fresh {
		if hint == "" {
			hint = "Object"
		}
		candidates := []string{hint}
		if len(parent)+len(hint) <= maxPrefixed {
			candidates = append(candidates, parent+hint)
		}
		name = e.names.unique(candidates...)
	}
	d := &decl{name: name, doc: fmt.Sprintf("%s is inferred from %s.", name, at)}
	fields := newNamer()
	var b strings.Builder
	b.WriteString("struct {\n")
	for _, f := range t.Fields {
		fieldName := fields.unique(exportedName(f.Key))
		x := e.expr(f.Type, fieldName, name, at.child("."+f.Key), d)
		tag := f.Key
		missing := f.Count < t.Values
		switch {
		case missing && f.Type.Null && f.Type.Kind != Mixed:
			if f.Type.Kind == Unknown {
				x = e.jsonType(d, "RawMessage")
			} else {
				d.optional = true
				x = e.optional + "[" + x + "]"
			}
		case (missing || f.Type.Null) && !nilable(f.Type):
			x = "*" + x
		}
		if missing {
			tag += ",omitzero"
		}
		tags := "json:" + strconv.Quote(tag)
		if e.required && !missing {
			tags += ` mapkit:"required"`
			if f.Type.Null {
				tags = strings.TrimSuffix(tags, `"`) + `,nullable"`
			}
		}
		fmt.Fprintf(&b, "%s %s `%s`\n", fieldName, x, tags)
	}
	b.WriteString("}")
	d.body = b.String()
	if fresh {
		if prev := e.shapes[d.body]; prev != nil {
			e.names.release(name)
			return prev
		}
		e.shapes[d.body] = d
	}
	return d
}
