package source

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadFileLimit(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "l.md")
	if err := os.WriteFile(path, []byte(strings.Repeat("a", 100)), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if b, err := ReadFile(ctx, "l.md", path, 100); err != nil || len(b) != 100 {
		t.Fatalf("at the limit: %d bytes, %v", len(b), err)
	}
	_, err := ReadFile(ctx, "l.md", path, 99)
	var tl *TooLargeError
	if !errors.As(err, &tl) {
		t.Fatalf("over the limit: %v", err)
	}
	if want := "l.md: larger than 99B, the limit for a letter (--max-size raises it)"; err.Error() != want {
		t.Errorf("error %q, want %q", err, want)
	}
	// A stream is read no further than one byte past the limit.
	r := &countingReader{}
	if _, err := Read(ctx, "<stdin>", r, 1<<20); !errors.As(err, &tl) {
		t.Fatalf("endless stream: %v", err)
	}
	if r.n > 1<<20+1<<16 {
		t.Errorf("read %d bytes of an endless stream with a 1 MiB limit", r.n)
	}
	if _, err := ReadFile(ctx, "nope.md", filepath.Join(dir, "nope.md"), 100); err == nil || err.Error() != "nope.md: no such file or directory" {
		t.Errorf("missing file: %v", err)
	}
}

type countingReader struct{ n int }

func (r *countingReader) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = 'a'
	}
	r.n += len(b)
	return len(b), nil
}

func TestParseSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64
	}{
		{"64MiB", 64 << 20}, {"64mib", 64 << 20}, {"8M", 8 << 20}, {"500KiB", 500 << 10},
		{"500KB", 500000}, {"1000000", 1000000}, {"1GiB", 1 << 30}, {"1.5MiB", 3 << 19}, {"2 MB", 2000000},
	}
	for _, tt := range tests {
		if got, err := ParseSize(tt.in); err != nil || got != tt.want {
			t.Errorf("ParseSize(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"", "MiB", "12 parsecs", "-1", "0", "2GiB", "1e9"} {
		if _, err := ParseSize(bad); err == nil {
			t.Errorf("ParseSize(%q) accepted", bad)
		}
	}
	for _, n := range []int64{8 << 20, 1 << 30, 1500, 3 << 10} {
		if got, err := ParseSize(FormatSize(n)); err != nil || got != n {
			t.Errorf("ParseSize(FormatSize(%d)) = %d, %v", n, got, err)
		}
	}
}
