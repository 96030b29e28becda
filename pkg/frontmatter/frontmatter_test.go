package frontmatter

import (
	"errors"
	"reflect"
	"testing"
)

func TestFind(t *testing.T) {
	tests := []struct {
		name, src string
		ok        bool
		yaml      string
		end       int
	}{
		{"none", "Dear Sam,\n", false, "", 0},
		{"dashes", "---\nsubject: x\n---\nHi\n", true, "subject: x\n", 19},
		{"dots", "---\nsubject: x\n...\nHi\n", true, "subject: x\n", 19},
		{"CRLF and trailing blanks", "--- \r\nsubject: x\r\n---\t\r\nHi\r\n", true, "subject: x\r\n", 24},
		{"BOM", "\xef\xbb\xbf---\n---\n", true, "", 11},
		{"at the end, no line break", "---\na: b\n---", true, "a: b\n", 12},
		{"unterminated", "---\nsubject: x\n", false, "", 0},
		{"not at the top", "\n---\na: b\n---\n", false, "", 0},
		{"four dashes", "----\na: b\n---\n", false, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, ok := Find([]byte(tt.src))
			if ok != tt.ok || string(b.YAML) != tt.yaml || b.End != tt.end {
				t.Errorf("Find = %q, end %d, %v; want %q, end %d, %v", b.YAML, b.End, ok, tt.yaml, tt.end, tt.ok)
			}
		})
	}
}

func TestBodyStart(t *testing.T) {
	for src, want := range map[string]int{"Hi\n": 0, "\xef\xbb\xbfHi\n": 3, "---\n---\nHi\n": 8, "\xef\xbb\xbf---\nx\n": 3} {
		if got := BodyStart([]byte(src)); got != want {
			t.Errorf("BodyStart(%q) = %d, want %d", src, got, want)
		}
	}
}

func TestRead(t *testing.T) {
	m, body, err := Read([]byte("---\nto: [a@example.com, b@example.com]\ncc: c@example.com\nfrom: me@example.com\nsubject: 42\nlang: pt-BR\nnotes: {any: thing}\n---\nHi\n"))
	want := Meta{To: []string{"a@example.com", "b@example.com"}, Cc: []string{"c@example.com"}, From: "me@example.com", Subject: "42", Lang: "pt-BR"}
	if err != nil || !reflect.DeepEqual(m, want) || body != 126 {
		t.Errorf("Read = %+v, %d, %v", m, body, err)
	}
}

// TestReadErrors: every mistake names the letter's line, counted from the
// opening fence as line 1.
func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"unclosed list", "---\nsubject: Sorry\nto: [a\n---\n", "front matter: line 3: not valid YAML: did not find expected ',' or ']'"},
		{"stray text on the first line", "---\nto: \"Sam\" x\n---\n", "front matter: line 2: not valid YAML: did not find expected key"},
		{"tab", "\xef\xbb\xbf---\na: 1\n\tb: 2\n---\n", "front matter: line 3: not valid YAML: found a tab character that violates indentation"},
		{"no place", "---\nto: *x\n---\n", "front matter: line 1: not valid YAML: unknown anchor 'x' referenced"},
		{"not a mapping", "---\n- a\n- b\n---\n", `front matter: line 2: want "key: value" lines`},
		{"subject list", "---\nto: a@example.com\nsubject: [a, b]\n---\n", "front matter: line 3: subject: want a single value"},
		{"to mapping", "---\nto: {name: Sam}\n---\n", "front matter: line 2: to: want a single value"},
		{"bad lang", "---\n\nlang: en\"><script>\n---\n", `front matter: line 3: lang: "en\"><script>" is not a language tag like "en" or "pt-BR"`},
		{"quoted name", "---\nsubject: Sorry\ncc:\n  - \"Lind, Maya\" <maya@example.com>\n---\n",
			`front matter: line 4: a quoted name followed by an address must be quoted as a whole: '"Lind, Maya" <maya@example.com>'`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := Read([]byte(tt.src))
			var e *Error
			if !errors.As(err, &e) || err.Error() != tt.want {
				t.Errorf("err = %v\nwant    %s", err, tt.want)
			}
		})
	}
}

// BenchmarkRead is the cost of reading a drafted letter's front matter,
// which lint and render pay once per letter.
func BenchmarkRead(b *testing.B) {
	src := []byte("---\nto: '\"Sam Okafor\" <sam@example.com>'\nfrom: Alex <alex@example.com>\nsubject: I'm sorry\n---\n\nDear Sam,\n")
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := Read(src); err != nil {
			b.Fatal(err)
		}
	}
}
