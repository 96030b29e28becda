package fileutil

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestWriteAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "letter.md")

	if err := WriteAtomic(path, []byte("first\n"), false); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, 0o600); err != nil {
		t.Fatal(err)
	}
	// Without force an existing file is never replaced.
	if err := WriteAtomic(path, []byte("second\n"), false); !errors.Is(err, ErrExists) {
		t.Fatalf("err = %v, want ErrExists", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "first\n" {
		t.Fatalf("file changed to %q without --force", b)
	}
	// With force it is replaced, keeping its permissions.
	if err := WriteAtomic(path, []byte("second\n"), true); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "second\n" {
		t.Fatalf("file = %q", b)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode = %v, want 0600", fi.Mode().Perm())
	}
	// No temporary files are left behind, on success or refusal.
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("directory holds %d entries, want just the letter", len(entries))
	}
	// A directory that does not exist is an error naming the path.
	missing := filepath.Join(dir, "nope", "x.md")
	if err := WriteAtomic(missing, []byte("x"), false); err == nil {
		t.Error("wrote into a missing directory")
	}
}
