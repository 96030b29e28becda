package source

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestReadFileAsOS: ReadFile returns what os.ReadFile does, and for a
// missing file or a directory an error naming it as os.ReadFile's says.
func TestReadFileAsOS(t *testing.T) {
	dir := t.TempDir()
	paths, _ := filepath.Glob("../../testdata/letters/*.md")
	empty := filepath.Join(dir, "empty.md")
	big := filepath.Join(dir, "big.md")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(big, bytes.Repeat([]byte("sorry if\n"), 200000), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, p := range append(paths, empty, big) {
		want, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		got, err := ReadFile(ctx, "l.md", p, DefaultMaxSize)
		if err != nil || !bytes.Equal(got, want) || got == nil {
			t.Errorf("%s: %d bytes, %v; want %d bytes", p, len(got), err, len(want))
		}
	}
	for _, p := range []string{filepath.Join(dir, "missing.md"), dir} {
		_, osErr := os.ReadFile(p)
		_, err := ReadFile(ctx, "l.md", p, DefaultMaxSize)
		if want := "l.md: " + Describe(osErr); err == nil || err.Error() != want {
			t.Errorf("%s: error %v, want %q", p, err, want)
		}
	}
}
