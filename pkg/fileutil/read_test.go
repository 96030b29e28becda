package fileutil

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// TestReadFileAsOS: ReadFile returns what os.ReadFile does, bytes and
// errors alike.
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
	for _, p := range append(paths, empty, big) {
		want, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		got, err := ReadFile(p)
		if err != nil || !bytes.Equal(got, want) || got == nil {
			t.Errorf("%s: %d bytes, %v; want %d bytes", p, len(got), err, len(want))
		}
	}
	for _, p := range []string{filepath.Join(dir, "missing.md"), dir} {
		_, want := os.ReadFile(p)
		_, got := ReadFile(p)
		var pe *fs.PathError
		if got == nil || !errors.As(got, &pe) || errors.Is(got, fs.ErrNotExist) != errors.Is(want, fs.ErrNotExist) || pe.Err.Error() != errors.Unwrap(want).Error() {
			t.Errorf("%s: error %v, want %v", p, got, want)
		}
	}
}
