//go:build unix

package fileutil

import (
	"context"
	"errors"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

var bg = context.Background()

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestRegularFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "letter.md")

	if err := WriteFile(bg, dir, "letter.md", []byte("first\n"), false); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, 0o600); err != nil {
		t.Fatal(err)
	}
	// Without force an existing file is never replaced.
	for _, err := range []error{
		Check(dir, "letter.md", false),
		WriteFile(bg, dir, "letter.md", []byte("second\n"), false),
	} {
		if !errors.Is(err, ErrExists) || err.Error() != "letter.md: already exists (use --force to replace it)" {
			t.Fatalf("err = %v, want ErrExists naming letter.md", err)
		}
	}
	if got := read(t, path); got != "first\n" {
		t.Fatalf("file changed to %q without force", got)
	}
	// With force it is replaced, keeping its permissions.
	if err := Check(dir, "letter.md", true); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(bg, dir, "letter.md", []byte("second\n"), true); err != nil {
		t.Fatal(err)
	}
	if got := read(t, path); got != "second\n" {
		t.Fatalf("file = %q", got)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode = %v, want 0600", fi.Mode().Perm())
	}
	// No temporary files are left behind, by writes, refusals or checks.
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("directory holds %d entries, want just the letter", len(entries))
	}
}

func TestMissingDirectory(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "notes"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{
		"nope/x.md":  `nope/x.md: the directory "nope" does not exist`,
		"notes/x.md": `notes/x.md: "notes" is not a directory`,
	} {
		for _, err := range []error{Check(dir, name, true), WriteFile(bg, dir, name, []byte("x"), true)} {
			if err == nil || err.Error() != want {
				t.Errorf("%s: err = %v, want %q", name, err, want)
			}
		}
	}
}

func TestReadOnlyDirectory(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root may write anywhere")
	}
	dir := t.TempDir()
	ro := filepath.Join(dir, "ro")
	if err := os.Mkdir(ro, 0o555); err != nil {
		t.Fatal(err)
	}
	err := Check(dir, "ro/x.md", false)
	if want := `ro/x.md: cannot create files in "ro": permission denied`; err == nil || err.Error() != want {
		t.Errorf("err = %v, want %q", err, want)
	}
}

// A link to a regular file is followed: the target is replaced and the
// link stays, with force only.
func TestSymlinkToRegularFile(t *testing.T) {
	dir := t.TempDir()
	other := t.TempDir()
	target := filepath.Join(other, "kept.md")
	if err := os.WriteFile(target, []byte("mine\n"), 0o640); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "letter.md")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(bg, dir, "letter.md", []byte("new\n"), false); !errors.Is(err, ErrExists) {
		t.Fatalf("without force: err = %v", err)
	}
	if err := WriteFile(bg, dir, "letter.md", []byte("new\n"), true); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was replaced: %v %v", fi.Mode(), err)
	}
	if got := read(t, target); got != "new\n" {
		t.Errorf("target = %q", got)
	}
	if fi, _ := os.Stat(target); fi.Mode().Perm() != 0o640 {
		t.Errorf("target mode = %v, want 0640", fi.Mode().Perm())
	}
	for _, d := range []string{dir, other} {
		if entries, _ := os.ReadDir(d); len(entries) != 1 {
			t.Errorf("%s holds %d entries, want 1", d, len(entries))
		}
	}
}

// Nothing but a regular file is ever replaced, with force or without.
func TestNeverReplaced(t *testing.T) {
	tests := []struct {
		name string
		make func(t *testing.T, path string)
		want string
	}{
		{"directory", func(t *testing.T, p string) {
			if err := os.Mkdir(p, 0o755); err != nil {
				t.Fatal(err)
			}
		}, "out: is a directory"},
		{"link to a directory", func(t *testing.T, p string) {
			if err := os.Symlink(os.TempDir(), p); err != nil {
				t.Fatal(err)
			}
		}, "out: is a directory"},
		{"socket", func(t *testing.T, p string) {
			l, err := net.Listen("unix", p)
			if err != nil {
				t.Skip(err)
			}
			t.Cleanup(func() { l.Close() })
		}, "out: is a socket, not a regular file; it is never replaced"},
		{"dangling link", func(t *testing.T, p string) {
			if err := os.Symlink("gone.md", p); err != nil {
				t.Fatal(err)
			}
		}, "out: is a symbolic link to gone.md, which does not exist"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, "out")
			tt.make(t, p)
			before, _ := os.Lstat(p)
			for _, force := range []bool{false, true} {
				for _, err := range []error{Check(dir, "out", force), WriteFile(bg, dir, "out", []byte("x"), force)} {
					if err == nil || err.Error() != tt.want {
						t.Errorf("force=%v: err = %v, want %q", force, err, tt.want)
					}
				}
			}
			after, err := os.Lstat(p)
			if err != nil || after.Mode() != before.Mode() || !os.SameFile(before, after) {
				t.Errorf("replaced: %v -> %v (%v)", before.Mode(), after.Mode(), err)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 1 {
				t.Errorf("directory holds %d entries, want 1", len(entries))
			}
		})
	}
}

// Devices are written through, without force; their write errors are
// one line naming the file.
func TestDevices(t *testing.T) {
	for _, force := range []bool{false, true} {
		if err := Check("", "/dev/null", force); err != nil {
			t.Fatal(err)
		}
		if err := WriteFile(bg, "", "/dev/null", []byte("x"), force); err != nil {
			t.Fatal(err)
		}
		if fi, err := os.Stat("/dev/null"); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
			t.Fatalf("/dev/null: %v %v", fi.Mode(), err)
		}
	}
	if _, err := os.Stat("/dev/full"); err != nil {
		t.Skip("no /dev/full")
	}
	for _, force := range []bool{false, true} {
		err := WriteFile(bg, "", "/dev/full", []byte("x"), force)
		if !errors.Is(err, syscall.ENOSPC) || err.Error() != "/dev/full: no space left on device" {
			t.Errorf("force=%v: err = %v", force, err)
		}
		if fi, err := os.Stat("/dev/full"); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
			t.Fatalf("/dev/full: %v %v", fi.Mode(), err)
		}
	}
}

// An open descriptor's name writes where the shell pointed it: a file
// the shell opened is appended to, not refused or replaced.
func TestOpenDescriptor(t *testing.T) {
	if _, err := os.Stat("/proc/self/fd"); err != nil {
		t.Skip("no /proc/self/fd")
	}
	dir := t.TempDir()
	f, err := os.OpenFile(filepath.Join(dir, "out"), os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteString("before\n"); err != nil {
		t.Fatal(err)
	}
	name := "/proc/self/fd/" + strconv.Itoa(int(f.Fd()))
	if err := Check("", name, false); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(bg, "", name, []byte("letter\n"), false); err != nil {
		t.Fatal(err)
	}
	if got := read(t, f.Name()); got != "before\nletter\n" {
		t.Errorf("out = %q", got)
	}
	ino, _ := os.Stat(f.Name())
	held, _ := f.Stat()
	if !os.SameFile(ino, held) {
		t.Error("the file was replaced, not written through")
	}
}

func TestFIFO(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip(err)
	}
	// With a reader, the data goes through it, with or without force.
	for _, force := range []bool{false, true} {
		r, err := os.OpenFile(fifo, os.O_RDONLY|syscall.O_NONBLOCK, 0)
		if err != nil {
			t.Fatal(err)
		}
		if err := WriteFile(bg, dir, "pipe", []byte("letter\n"), force); err != nil {
			t.Fatal(err)
		}
		buf := make([]byte, 64)
		n, _ := r.Read(buf)
		r.Close()
		if string(buf[:n]) != "letter\n" {
			t.Errorf("force=%v: read %q", force, buf[:n])
		}
	}
	// With no reader, the wait ends when the context does.
	ctx, cancel := context.WithTimeout(bg, 50*time.Millisecond)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- WriteFile(ctx, dir, "pipe", []byte("late\n"), true) }()
	select {
	case err := <-done:
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("err = %v, want the context's", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("still waiting for a reader after the context ended")
	}
	// A reader that comes later gets nothing.
	r, err := os.OpenFile(fifo, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	time.Sleep(20 * time.Millisecond)
	buf := make([]byte, 64)
	if n, _ := r.Read(buf); n > 0 {
		t.Errorf("written after the context ended: %q", buf[:n])
	}
	if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Fatalf("the FIFO was replaced: %v %v", fi.Mode(), err)
	}
}

// A cancelled context puts no regular file in place.
func TestCancelledWritesNothing(t *testing.T) {
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(bg)
	cancel()
	if err := WriteFile(ctx, dir, "letter.md", []byte("x"), false); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("directory holds %d entries", len(entries))
	}
}

func TestSaveCopy(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	a, err := SaveCopy("apology-letter-*.md", []byte("one\n"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := SaveCopy("apology-letter-*.md", []byte("two\n"))
	if err != nil {
		t.Fatal(err)
	}
	if a == b || filepath.Dir(a) != tmp || !strings.HasSuffix(a, ".md") {
		t.Fatalf("saved as %s and %s", a, b)
	}
	if read(t, a) != "one\n" || read(t, b) != "two\n" {
		t.Error("a copy was overwritten")
	}
	if fi, _ := os.Stat(a); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode = %v, want 0600", fi.Mode().Perm())
	}
}
