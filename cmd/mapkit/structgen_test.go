package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func writeSample(t *testing.T, dir, name, data string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(path, []byte(data), 0o644))
	return path
}

func TestStructgenCommand(t *testing.T) {
	dir := t.TempDir()
	a := writeSample(t, dir, "a.json", `{"id": 1, "user_name": "ann", "tags": ["x"]}`)
	b := writeSample(t, dir, "b.json", `{"id": 2, "user_name": "bob", "email": "b@example.com"}`)
	c := writeSample(t, dir, "c.json", `{"id": 3, "user_name": "cy", "email": null}`)
	withData := writeSample(t, dir, "data.json", `{"meta": {"owner": "ann"}, "env": {"HOME": "/root"}}`)
	bad := writeSample(t, dir, "bad.json", "{\n  \"id\": 1,\n  \"name\": tru\n}")
	outFile := filepath.Join(dir, "types.go")

	tests := []struct {
		name       string
		args       []string
		stdin      string
		code       int
		stdout     []string // substrings of standard output
		stderr     []string // substrings of standard error
		wantOutput bool     // outFile holds the source
	}{
		{name: "files", args: []string{a, b}, code: 0, stdout: []string{
			"package main", "type Root struct", "ID       int      `json:\"id\"`", "`json:\"user_name\"`", "Tags     []string `json:\"tags,omitzero\"`",
			"Email    *string  `json:\"email,omitzero\"`"}},
		{name: "type and package", args: []string{"-type", "User", "-pkg", "users", a}, code: 0, stdout: []string{"package users", "type User struct"}},
		{name: "stdin", args: nil, stdin: `[{"url": "x"}]`, code: 0, stdout: []string{"type Root []RootItem", "URL string `json:\"url\"`"}},
		{name: "output file", args: []string{"-o", outFile, a}, code: 0, wantOutput: true},
		{name: "invalid json names file, line and column", args: []string{a, bad}, code: 1, stderr: []string{"bad.json:3:14: invalid character '\\n' in literal true"}},
		{name: "invalid stdin", args: nil, stdin: `{"a":}`, code: 1, stderr: []string{"<stdin>:1:6: invalid character '}'"}},
		{name: "duplicate key", args: nil, stdin: "{\"a\":1,\n\"a\":2}", code: 1, stderr: []string{`<stdin>:2:1: duplicate key "a"`}},
		{name: "missing file", args: []string{filepath.Join(dir, "nope.json")}, code: 1, stderr: []string{"nope.json"}},
		{name: "unknown flag", args: []string{"-nope", a}, code: 2, stderr: []string{"flag provided but not defined: -nope", "usage: mapkit structgen"}},
		{name: "bad type name", args: []string{"-type", "lower", a}, code: 2, stderr: []string{`type name "lower" is not an exported Go identifier`}},
		{name: "bad package name", args: []string{"-pkg", "func", a}, code: 2, stderr: []string{`package name "func"`}},
		{name: "help", args: []string{"-h"}, code: 0, stderr: []string{"-type string", "-required", "-map path", "-struct path=Name"}},
		{name: "required", args: []string{"-required", a, b}, code: 0, stdout: []string{
			"ID       int      `json:\"id\" mapkit:\"required\"`", "Tags     []string `json:\"tags,omitzero\"`"}},
		{name: "map and struct overrides", args: []string{"-map", "meta", "-struct", "env=Environment", withData}, code: 0, stdout: []string{
			"Meta map[string]string `json:\"meta\"`", "Environment       `json:\"env\"`", "type Environment struct"}},
		{name: "override path not in the samples", args: []string{"-map", "upstreams[].headers", a}, code: 2,
			stderr: []string{`no object in the samples at path "upstreams[].headers"`}},
		{name: "struct override without a name", args: []string{"-struct", "env", a}, code: 2, stderr: []string{"want path=Name"}},
		{name: "type named like the helper", args: []string{"-type", "Optional", a, b, c}, code: 0, stdout: []string{
			"type Optional struct", "OptionalField[string] `json:\"email,omitzero\"`", "type OptionalField[T any] struct"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(append([]string{"structgen"}, tt.args...), strings.NewReader(tt.stdin), &stdout, &stderr)
			require.Equal(t, tt.code, code, "stderr: %s", stderr.String())
			for _, s := range tt.stdout {
				require.Contains(t, stdout.String(), s)
			}
			for _, s := range tt.stderr {
				require.Contains(t, stderr.String(), s)
			}
			if tt.wantOutput {
				src, err := os.ReadFile(outFile)
				require.NoError(t, err)
				require.Contains(t, string(src), "type Root struct")
				require.Empty(t, stdout.String())
			}
		})
	}
}

func TestStructgenKeepsOutputOnError(t *testing.T) {
	dir := t.TempDir()
	outFile := writeSample(t, dir, "types.go", "package keep\n")
	var stdout, stderr bytes.Buffer
	code := run([]string{"structgen", "-o", outFile}, strings.NewReader(`{`), &stdout, &stderr)
	require.Equal(t, 1, code)
	src, err := os.ReadFile(outFile)
	require.NoError(t, err)
	require.Equal(t, "package keep\n", string(src))
}
