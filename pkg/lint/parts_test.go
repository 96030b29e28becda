package lint_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/apology-cli/apology/pkg/lint"
	"github.com/apology-cli/apology/pkg/lint/rules"
)

// TestRulesInPartsAsWhole: with the real rules, a long document of every
// labelled letter finds the same whether it is checked in parts of a few
// bytes, a few kilobytes or whole.
func TestRulesInPartsAsWhole(t *testing.T) {
	paths, _ := filepath.Glob("../../testdata/*/*.md")
	var b strings.Builder
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		b.WriteString("\n\n---\n\n")
		b.Write(src)
	}
	src := []byte(b.String())
	l, err := rules.NewLinter(nil)
	if err != nil {
		t.Fatal(err)
	}
	whole := l.LintInParts("all.md", src, len(src))
	seen := map[string]bool{}
	for _, f := range whole {
		seen[f.Rule] = true
	}
	if len(seen) < len(l.Rules())-4 {
		t.Fatalf("only %d of %d rules fired", len(seen), len(l.Rules()))
	}
	for _, size := range []int{1, 4 << 10, 64 << 10} {
		got := l.LintInParts("all.md", src, size)
		if !reflect.DeepEqual(got, whole) {
			t.Fatalf("parts of %d bytes: %d findings, whole %d%s", size, len(got), len(whole), firstDifference(got, whole))
		}
	}
}

func firstDifference(a, b []lint.Finding) string {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return "; first difference:\n" + a[i].Position() + " " + a[i].Rule + "\n" + b[i].Position() + " " + b[i].Rule
		}
	}
	return ""
}

// BenchmarkLintParts is one process's work on a 1 MB letter (a new
// linter, whose automaton is built as it goes) by the size of the parts
// it is checked in; "whole" parses it in one piece.
func BenchmarkLintParts(b *testing.B) {
	paths, _ := filepath.Glob("../../testdata/letters/*.md")
	var buf strings.Builder
	for i := 0; buf.Len() < 1<<20 && len(paths) > 0; i++ {
		src, err := os.ReadFile(paths[i%len(paths)])
		if err != nil {
			b.Fatal(err)
		}
		buf.WriteString("\n\n---\n\n")
		buf.Write(src)
	}
	src := []byte(buf.String())
	for _, size := range []int{16 << 10, 64 << 10, 256 << 10, len(src)} {
		name := strconv.Itoa(size>>10) + "KB"
		if size == len(src) {
			name = "whole"
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				l, err := rules.NewLinter(nil)
				if err != nil {
					b.Fatal(err)
				}
				l.LintInParts("big.md", src, size)
			}
		})
	}
}
