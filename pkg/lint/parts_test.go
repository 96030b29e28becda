package lint_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/apology-cli/apology/pkg/lint"
	"github.com/apology-cli/apology/pkg/lint/rules"
)

// TestRulesInPartsAsWhole: with the real rules, a long document of every
// labelled letter finds the same whether it is checked in parts of a few
// bytes, a few kilobytes or whole, one part after another or pipelined.
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
	whole := l.LintInParts("all.md", src, len(src), false)
	seen := map[string]bool{}
	for _, f := range whole {
		seen[f.Rule] = true
	}
	if len(seen) < len(l.Rules())-4 {
		t.Fatalf("only %d of %d rules fired", len(seen), len(l.Rules()))
	}
	for _, size := range []int{1, 4 << 10, 64 << 10} {
		for _, pipelined := range []bool{false, true} {
			got := l.LintInParts("all.md", src, size, pipelined)
			if !reflect.DeepEqual(got, whole) {
				t.Fatalf("parts of %d bytes (pipelined %v): %d findings, whole %d%s", size, pipelined, len(got), len(whole), firstDifference(got, whole))
			}
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
// it is checked in ("whole" parses it in one piece), one part after
// another ("serial") or pipelined on two goroutines. Run it with -cpu 1,2.
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
		for _, pipelined := range []bool{false, true} {
			name := strconv.Itoa(size>>10) + "KB"
			if size == len(src) {
				if pipelined {
					continue
				}
				name = "whole"
			}
			if pipelined {
				name += "/pipelined"
			} else {
				name += "/serial"
			}
			b.Run(name, func(b *testing.B) {
				b.SetBytes(int64(len(src)))
				b.ReportAllocs()
				for b.Loop() {
					l, err := rules.NewLinter(nil)
					if err != nil {
						b.Fatal(err)
					}
					l.LintInParts("big.md", src, size, pipelined)
				}
			})
		}
	}
}

// TestLintFilesInOrder: reading and linting many files on several
// goroutines returns what doing it one after another does, in order.
func TestLintFilesInOrder(t *testing.T) {
	paths, _ := filepath.Glob("../../testdata/*/*.md")
	if len(paths) < 200 {
		t.Fatalf("only %d letters", len(paths))
	}
	l, err := rules.NewLinter(nil)
	if err != nil {
		t.Fatal(err)
	}
	var files []lint.File
	type result struct {
		Findings []lint.Finding
		Err      error
	}
	var want []result
	for i, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		f := lint.File{Name: p, Src: src}
		switch i % 3 {
		case 1: // read on the goroutine that lints it
			f.Src, f.Read = nil, func() ([]byte, error) { return os.ReadFile(p) }
		case 2:
			if i%30 == 2 {
				f.Src, f.Read = nil, func() ([]byte, error) { return nil, errors.New(p + ": unreadable") }
				files = append(files, f)
				want = append(want, result{Err: errors.New(p + ": unreadable")})
				continue
			}
		}
		files = append(files, f)
		want = append(want, result{Findings: l.Lint(p, src)})
	}
	// A long file first, so later files often finish before it.
	long := bytes.Repeat(files[0].Src, 50)
	files = append([]lint.File{{Name: "long.md", Src: long}}, files...)
	want = append([]result{{Findings: l.Lint("long.md", long)}}, want...)

	var wantAll []lint.Finding
	for _, w := range want {
		wantAll = append(wantAll, w.Findings...)
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	for range 2 {
		got, errs, err := l.LintFiles(context.Background(), files)
		if err != nil {
			t.Fatal(err)
		}
		if len(errs) != len(want) {
			t.Fatalf("%d errors for %d files", len(errs), len(want))
		}
		for i := range errs {
			if fmt.Sprint(errs[i]) != fmt.Sprint(want[i].Err) {
				t.Fatalf("file %d (%s): error %v, want %v", i, files[i].Name, errs[i], want[i].Err)
			}
		}
		if !reflect.DeepEqual(got, wantAll) {
			t.Fatalf("%d findings, one after another %d%s", len(got), len(wantAll), firstDifference(got, wantAll))
		}
	}
}

func TestLintFilesCancelled(t *testing.T) {
	l, err := rules.NewLinter(nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	files := []lint.File{{Name: "a.md", Src: []byte("I'm sorry if you were hurt.\n")}}
	if got, _, err := l.LintFiles(ctx, files); err == nil || got != nil {
		t.Errorf("LintFiles = %d findings, %v; want none and the context's error", len(got), err)
	}
}
