package rules

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/text"
)

// benchLetters returns the project's labelled letters, varied in style,
// and the shared corpus's when it is checked out beside the project.
func benchLetters(b testing.TB) [][]byte {
	paths, _ := filepath.Glob("../../../testdata/letters/*.md")
	shared, _ := filepath.Glob("../../../../shared/corpus/*.md")
	paths = append(paths, shared...)
	var out [][]byte
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, src)
	}
	if len(out) == 0 {
		b.Skip("no letters in testdata/letters")
	}
	return out
}

// typicalLetter is the letter closest to 2 KB.
func typicalLetter(letters [][]byte) []byte {
	best := letters[0]
	for _, l := range letters {
		if abs(len(l)-2048) < abs(len(best)-2048) {
			best = l
		}
	}
	return best
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// bigDocument concatenates the letters, as sections of one Markdown file,
// until it reaches size bytes.
func bigDocument(letters [][]byte, size int) []byte {
	var buf bytes.Buffer
	for i := 0; buf.Len() < size; i++ {
		buf.WriteString("\n\n---\n\n")
		buf.Write(letters[i%len(letters)])
	}
	return buf.Bytes()
}

func BenchmarkLintLetter(b *testing.B) {
	src := typicalLetter(benchLetters(b))
	l, err := NewLinter(nil)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		l.Lint("letter.md", src)
	}
}

// BenchmarkLintLetterFrontMatter is BenchmarkLintLetter with the front
// matter a drafted letter carries, which the linter reads and checks.
func BenchmarkLintLetterFrontMatter(b *testing.B) {
	src := append([]byte("---\nto: '\"Sam Okafor\" <sam@example.com>'\nfrom: Alex <alex@example.com>\nsubject: I'm sorry\n---\n\n"),
		typicalLetter(benchLetters(b))...)
	l, err := NewLinter(nil)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		l.Lint("letter.md", src)
	}
}

func BenchmarkLint1MB(b *testing.B) {
	src := bigDocument(benchLetters(b), 1<<20)
	l, err := NewLinter(nil)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		l.Lint("big.md", src)
	}
}

// BenchmarkLint5MBOneLine: the letters joined into a single 5 MB line, as
// text pasted from an app that keeps no line breaks, full of findings.
// Every finding's column is counted on that one line.
func BenchmarkLint5MBOneLine(b *testing.B) {
	src := oneLine(benchLetters(b), 5<<20)
	l, err := NewLinter(nil)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		l.Lint("line.md", src)
	}
}

// BenchmarkNewLinter is the start-up cost every `apology lint` pays.
func BenchmarkNewLinter(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := NewLinter(nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGoldmark1MB is the floor: parsing the same file with goldmark
// alone, which BenchmarkLint1MB also does once.
func BenchmarkGoldmark1MB(b *testing.B) {
	src := bigDocument(benchLetters(b), 1<<20)
	md := goldmark.New()
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		md.Parser().Parse(text.NewReader(src))
	}
}

// BenchmarkLint1MBCold is one process's work: a new linter (whose
// automaton is built lazily) linting the file once.
func BenchmarkLint1MBCold(b *testing.B) {
	src := bigDocument(benchLetters(b), 1<<20)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		l, err := NewLinter(nil)
		if err != nil {
			b.Fatal(err)
		}
		l.Lint("big.md", src)
	}
}

// BenchmarkLintLetterCold is one `apology lint letter.md` process's work:
// a new linter (whose automaton is built as it goes) linting one letter.
func BenchmarkLintLetterCold(b *testing.B) {
	src := typicalLetter(benchLetters(b))
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		l, err := NewLinter(nil)
		if err != nil {
			b.Fatal(err)
		}
		l.Lint("letter.md", src)
	}
}
