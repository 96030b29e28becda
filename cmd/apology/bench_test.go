package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// buildApology builds the command once per benchmark run: process-level
// figures (start-up included) are what a person running `apology lint`
// waits for.
func buildApology(b *testing.B) string {
	b.Helper()
	bin := filepath.Join(b.TempDir(), "apology")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Skipf("go build: %v\n%s", err, out)
	}
	return bin
}

// letters returns the project's labelled letters.
func letters(b *testing.B) [][]byte {
	paths, _ := filepath.Glob("../../testdata/letters/*.md")
	var out [][]byte
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, src)
	}
	if len(out) == 0 {
		b.Skip("no letters")
	}
	return out
}

func runProcess(b *testing.B, bin string, args ...string) {
	b.Helper()
	for b.Loop() {
		err := exec.Command(bin, args...).Run()
		if _, findings := err.(*exec.ExitError); err != nil && !findings {
			b.Fatal(err)
		}
	}
}

// BenchmarkProcessLintLetter: `apology lint letter.md` on a 2 KB letter,
// as a whole process.
func BenchmarkProcessLintLetter(b *testing.B) {
	bin := buildApology(b)
	best := letters(b)[0]
	for _, l := range letters(b) {
		if abs(len(l)-2048) < abs(len(best)-2048) {
			best = l
		}
	}
	path := filepath.Join(b.TempDir(), "letter.md")
	if err := os.WriteFile(path, best, 0o644); err != nil {
		b.Fatal(err)
	}
	runProcess(b, bin, "lint", path)
}

// BenchmarkProcessLint1MB: `apology lint big.md` on a 1 MB file of letters.
func BenchmarkProcessLint1MB(b *testing.B) {
	bin := buildApology(b)
	var buf bytes.Buffer
	ls := letters(b)
	for i := 0; buf.Len() < 1<<20; i++ {
		buf.WriteString("\n\n---\n\n")
		buf.Write(ls[i%len(ls)])
	}
	path := filepath.Join(b.TempDir(), "big.md")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	runProcess(b, bin, "lint", "--format", "json", path)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
