package safelog_test

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"

	"github.com/mapkit-go/mapkit/safelog"
	"github.com/mapkit-go/mapkit/safelog/internal/hiding"
)

// memberKinds are the field types random struct types are made of: plain
// data, types that hide data, containers and pointers.
var memberKinds = []reflect.Type{
	reflect.TypeFor[int](), reflect.TypeFor[string](), reflect.TypeFor[hiding.Password](),
	reflect.TypeFor[[]int](), reflect.TypeFor[map[string]string](), reflect.TypeFor[*int](),
	reflect.TypeFor[hiding.Key](), reflect.TypeFor[[]byte](), reflect.TypeFor[hiding.Inner](),
	reflect.TypeFor[any](), reflect.TypeFor[*hiding.Vault](), reflect.TypeFor[float64](),
}

// memberTags are the tags a member may carry.
var memberTags = []string{``, `json:"x"`, `json:"-"`, `json:",omitempty"`, `json:"n,string"`, `json:"y,omitzero"`, `json:"-,"`}

// randomStruct builds a struct type of random members, some embedded, and a
// value of it with random contents, part of them secret.
func randomStruct(r *rand.Rand) any {
	n := r.Intn(7)
	fields := make([]reflect.StructField, 0, n)
	for i := range n {
		t := memberKinds[r.Intn(len(memberKinds))]
		f := reflect.StructField{Name: "F" + strconv.Itoa(i), Type: t, Tag: reflect.StructTag(memberTags[r.Intn(len(memberTags))])}
		if t == reflect.TypeFor[hiding.Inner]() && r.Intn(2) == 0 {
			f.Name, f.Anonymous, f.Tag = "Inner", true, ""
		}
		if hasField(fields, f.Name) {
			continue
		}
		fields = append(fields, f)
	}
	v := reflect.New(reflect.StructOf(fields)).Elem()
	for i := range v.NumField() {
		fill(r, v.Field(i))
	}
	if r.Intn(2) == 0 {
		return v.Addr().Interface()
	}
	return v.Interface()
}

func hasField(fs []reflect.StructField, name string) bool {
	for _, f := range fs {
		if f.Name == name {
			return true
		}
	}
	return false
}

// fill sets v to a random value; strings may be secrets, which only members
// that encoding/json hides hold.
func fill(r *rand.Rand, v reflect.Value) {
	if r.Intn(4) == 0 {
		return // the zero value, for omitempty and omitzero
	}
	switch v.Kind() {
	case reflect.Int:
		v.SetInt(int64(r.Intn(1000) - 500))
	case reflect.Float64:
		v.SetFloat(r.Float64() * 100)
	case reflect.String:
		if v.Type() == reflect.TypeFor[hiding.Password]() {
			v.SetString(hiding.Secret)
			return
		}
		v.SetString(fmt.Sprintf("s%d", r.Intn(100)))
	case reflect.Slice:
		if v.Type() == reflect.TypeFor[[]byte]() {
			v.SetBytes([]byte("bytes"))
			return
		}
		v.Set(reflect.ValueOf([]int{r.Intn(9), r.Intn(9)}))
	case reflect.Map:
		v.Set(reflect.ValueOf(map[string]string{"a": "1", "b...": "2"}))
	case reflect.Pointer:
		if v.Type() == reflect.TypeFor[*hiding.Vault]() {
			v.Set(reflect.ValueOf(&hiding.Vault{Combination: hiding.Secret}))
			return
		}
		n := r.Intn(9)
		v.Set(reflect.ValueOf(&n))
	case reflect.Struct:
		switch v.Type() {
		case reflect.TypeFor[hiding.Key]():
			v.Set(reflect.ValueOf(hiding.Key{ID: hiding.Secret + "k"}))
		case reflect.TypeFor[hiding.Inner]():
			v.Set(reflect.ValueOf(hiding.Inner{Token: hiding.Secret, Name: "n"}))
		}
	case reflect.Interface:
		v.Set(reflect.ValueOf(hiding.Login{User: "u", Password: hiding.Secret, Token: hiding.Secret}))
	}
}

// TestPropertyStructsShowAsEncodingJSON checks the rule on random struct
// types: every JSON output shows a struct as encoding/json does, exactly
// without limits and a part of it within random limits, and no secret.
func TestPropertyStructsShowAsEncodingJSON(t *testing.T) {
	props := properties(t)
	genValue := func(p *gopter.GenParameters) *gopter.GenResult {
		return gopter.NewGenResult(randomStruct(p.Rng), gopter.NoShrinker)
	}
	props.Property("JSON outputs hold encoding/json's view of random structs", prop.ForAll(
		func(v any, lim safelog.Limits) string {
			enc, err := json.Marshal(v)
			if err != nil {
				return "" // not a value encoding/json accepts
			}
			var want any
			if err := json.Unmarshal(enc, &want); err != nil {
				return err.Error()
			}
			for _, out := range jsonOutputs {
				got := out.log(t, v, safelog.NoLimits)
				if fmt.Sprint(got) != fmt.Sprint(want) {
					return fmt.Sprintf("%s without limits: %v, encoding/json: %s", out.name, got, enc)
				}
				lim.Summary = false // a summary shows the type, not a view of the value
				got = out.log(t, v, lim)
				b, _ := json.Marshal(got)
				if err := hiding.Within(got, want); err != nil || strings.Contains(string(b), hiding.Secret) {
					return fmt.Sprintf("%s within %+v: %s (%v), encoding/json: %s", out.name, lim, b, err, enc)
				}
			}
			return ""
		}, genValue, genLimits()))
	props.TestingRun(t)
}
