package rules

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzLint: any input lints without panicking, and every finding's
// positions lie within the input.
func FuzzLint(f *testing.F) {
	seeds, _ := filepath.Glob("../../../testdata/letters/*.md")
	for _, p := range seeds {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	for _, s := range []string{
		"", "\ufeff", "---\n", "---\na: b\n---\nI'm sorry if.", "> sorry if\n", "<!-- apology-lint disable",
		"---\nto: [\n\n---\n", "---\r\n\tx: y\r\n---\r\n", "\ufeff---\n- [\n...\n", "<!-- apology-lint disabel hedgeing -->", "x <!-- apology-lint-enable a,,b -->",
		"I\u2019m sorry\r\nif", "\xff\xfe sorry if \xc3", "sorry , but", "*sorry* **if**", "- sorry\n  if",
	} {
		f.Add([]byte(s))
	}
	l, err := NewLinter(nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		lines := splitLines(src)
		for _, fd := range l.Lint("f.md", src) {
			if fd.Line == 0 {
				if fd.Column != 0 || fd.EndLine != 0 || fd.EndColumn != 0 {
					t.Fatalf("document finding with a position: %+v", fd)
				}
				continue
			}
			if fd.Offset < 0 || fd.EndOffset > len(src) || fd.Offset >= fd.EndOffset {
				t.Fatalf("byte range %d-%d outside input of %d bytes: %+v", fd.Offset, fd.EndOffset, len(src), fd)
			}
			for _, pos := range [][2]int{{fd.Line, fd.Column}, {fd.EndLine, fd.EndColumn}} {
				if pos[0] < 1 || pos[0] > len(lines) {
					t.Fatalf("line %d outside 1..%d: %+v", pos[0], len(lines), fd)
				}
				if max := utf8.RuneCount(lines[pos[0]-1]) + 1; pos[1] < 1 || pos[1] > max {
					t.Fatalf("column %d outside 1..%d on line %d: %+v", pos[1], max, pos[0], fd)
				}
			}
			if fd.EndLine < fd.Line || fd.EndLine == fd.Line && fd.EndColumn <= fd.Column {
				t.Fatalf("end before start: %+v", fd)
			}
			if fd.Message == "" || fd.Rule == "" {
				t.Fatalf("finding without message or rule: %+v", fd)
			}
		}
	})
}

// splitLines splits like the linter counts lines: by '\n' only.
func splitLines(b []byte) [][]byte {
	var out [][]byte
	start := 0
	for i, c := range b {
		if c == '\n' {
			out = append(out, b[start:i])
			start = i + 1
		}
	}
	return append(out, b[start:])
}
