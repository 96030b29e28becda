package yamlerr

import (
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestLocate: the line is where a person finds the mistake, whichever
// part of the library reported it.
func TestLocate(t *testing.T) {
	tests := []struct {
		src  string
		line int
		msg  string
	}{
		// Parser errors: the library prints the 0-based line.
		{"rules:\n - [unclosed\n", 2, "did not find expected ',' or ']'"},
		{"a: 1\nb:\n  c: [1, 2\n  d: 3\n", 3, "did not find expected ',' or ']'"},
		{"a: 1\n- b\n", 2, "did not find expected key"},
		{"list:\n  - a\n  - b\n c: d\n", 4, "did not find expected key"},
		{"a: 1\nb: 2\nc: !x!y z\n", 3, "found undefined tag handle"},
		// ... and none at all when that is 0.
		{"to: \"Alex\" <alex@example.com>\n", 1, "did not find expected key"},
		// Scanner errors: the 1-based line, or none for the first.
		{"a: 1\n  b: 2\n", 2, "mapping values are not allowed in this context"},
		{"a:\n\tb: 1\n", 2, "found character that cannot start any token"},
		{"a: 1\n\"b: 2\n", 2, "found unexpected end of stream"},
		{"a: b: c\n", 1, "mapping values are not allowed in this context"},
		// The end of the input is on its last line.
		{"a: 1\nb: [\n", 2, "did not find expected node content"},
		// Bad bytes: the line of the first one.
		{"a: 1\nb: \x01\n", 2, "control characters are not allowed"},
		{"a: 1\nb: 2\nc: \xff\n", 3, "invalid leading UTF-8 octet"},
		// No place in the document.
		{"a: *nope\n", 0, "unknown anchor 'nope' referenced"},
	}
	for _, tt := range tests {
		var n yaml.Node
		err := yaml.Unmarshal([]byte(tt.src), &n)
		if err == nil {
			t.Errorf("%q: no error", tt.src)
			continue
		}
		line, msg := Locate(err, []byte(tt.src))
		if line != tt.line || msg != tt.msg {
			t.Errorf("%q (%v): line %d %q, want line %d %q", tt.src, err, line, msg, tt.line, tt.msg)
		}
	}
}

func TestLocateTypeError(t *testing.T) {
	var v struct{ A int }
	err := yaml.Unmarshal([]byte("a: x\n"), &v)
	line, msg := Locate(err, nil)
	if line != 0 || !strings.Contains(msg, "cannot unmarshal") || strings.Contains(msg, "\n") {
		t.Errorf("line %d %q", line, msg)
	}
}
