//go:build unix

package render

import (
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// TestRenderOutputSpecialFiles: --force replaces regular files only.
// Devices and FIFOs are written through, a symbolic link to a regular
// file is followed, anything else is refused and left alone.
func TestRenderOutputSpecialFiles(t *testing.T) {
	t.Run("/dev/null without --force", func(t *testing.T) {
		dir := t.TempDir()
		writeFile(t, dir, "letter.md", goodLetter)
		if r := run(t, dir, "", "letter.md", "-o", "/dev/null"); r.code != 0 {
			t.Fatalf("exit %d: %v", r.code, r.err)
		}
		if fi, err := os.Stat("/dev/null"); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
			t.Fatalf("/dev/null: %v %v", fi.Mode(), err)
		}
	})

	t.Run("open descriptor without --force", func(t *testing.T) {
		dir := t.TempDir()
		writeFile(t, dir, "letter.md", goodLetter)
		if _, err := os.Stat("/proc/self/fd"); err != nil {
			t.Skip("no /proc/self/fd")
		}
		// As `apology render -o /dev/stdout letter.md > page.html`: the
		// shell has opened the file, and it is written through.
		f, err := os.Create(filepath.Join(dir, "page.html"))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		out := "/proc/self/fd/" + strconv.Itoa(int(f.Fd()))
		if r := run(t, dir, "", "letter.md", "-o", out); r.code != 0 {
			t.Fatalf("exit %d: %v", r.code, r.err)
		}
		if b, _ := os.ReadFile(f.Name()); !strings.HasPrefix(string(b), "<!DOCTYPE html>") {
			t.Errorf("page.html = %.40q", b)
		}
	})

	t.Run("full device with --force", func(t *testing.T) {
		dir := t.TempDir()
		writeFile(t, dir, "letter.md", goodLetter)
		dev := fullDevice(t, dir)
		r := run(t, dir, "", "letter.md", "-o", "full", "--force")
		if r.code != 2 || r.err == nil || r.err.Error() != "full: no space left on device" {
			t.Errorf("exit %d: %v, want 2 and %q", r.code, r.err, "full: no space left on device")
		}
		if fi, err := os.Lstat(dev); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
			t.Fatalf("the device was replaced: %v %v", fi.Mode(), err)
		}
	})

	t.Run("FIFO with --force", func(t *testing.T) {
		dir := t.TempDir()
		writeFile(t, dir, "letter.md", goodLetter)
		fifo := filepath.Join(dir, "pipe")
		if err := syscall.Mkfifo(fifo, 0o600); err != nil {
			t.Skip(err)
		}
		rd, err := os.OpenFile(fifo, os.O_RDONLY|syscall.O_NONBLOCK, 0)
		if err != nil {
			t.Fatal(err)
		}
		defer rd.Close()
		if r := run(t, dir, "", "letter.md", "-o", "pipe", "--force", "--format", "text"); r.code != 0 {
			t.Fatalf("exit %d: %v", r.code, r.err)
		}
		buf := make([]byte, 1<<16)
		n, _ := rd.Read(buf)
		if !strings.Contains(string(buf[:n]), "It was my fault.") {
			t.Errorf("read from the FIFO: %q", buf[:n])
		}
		if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
			t.Fatalf("the FIFO was replaced: %v %v", fi.Mode(), err)
		}
	})

	t.Run("symbolic link to a regular file", func(t *testing.T) {
		dir := t.TempDir()
		writeFile(t, dir, "letter.md", goodLetter)
		if err := os.Mkdir(filepath.Join(dir, "site"), 0o755); err != nil {
			t.Fatal(err)
		}
		target := writeFile(t, dir, "site/page.html", "my own page\n")
		link := filepath.Join(dir, "page.html")
		if err := os.Symlink(filepath.Join("site", "page.html"), link); err != nil {
			t.Fatal(err)
		}
		r := run(t, dir, "", "letter.md", "-o", "page.html")
		if r.code != 2 || r.err == nil || r.err.Error() != "page.html: already exists (use --force to replace it)" {
			t.Fatalf("without --force: exit %d: %v", r.code, r.err)
		}
		if r := run(t, dir, "", "letter.md", "-o", "page.html", "--force"); r.code != 0 {
			t.Fatalf("exit %d: %v", r.code, r.err)
		}
		if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
			t.Fatalf("the link was replaced: %v %v", fi.Mode(), err)
		}
		if b, _ := os.ReadFile(target); !strings.HasPrefix(string(b), "<!DOCTYPE html>") {
			t.Errorf("the link's target = %.40q, want the page", b)
		}
		entries, _ := os.ReadDir(filepath.Join(dir, "site"))
		if len(entries) != 1 {
			t.Errorf("site/ holds %d entries, want just the page", len(entries))
		}
	})

	refused := []struct {
		name  string
		make  func(t *testing.T, path string)
		want  string
		isDir bool
	}{
		{"directory", func(t *testing.T, p string) {
			if err := os.Mkdir(p, 0o755); err != nil {
				t.Fatal(err)
			}
		}, "out.html: is a directory", true},
		{"socket", func(t *testing.T, p string) {
			l, err := net.Listen("unix", p)
			if err != nil {
				t.Skip(err)
			}
			t.Cleanup(func() { l.Close() })
		}, "out.html: is a socket, not a regular file; it is never replaced", false},
		{"dangling link", func(t *testing.T, p string) {
			if err := os.Symlink("nowhere.html", p); err != nil {
				t.Fatal(err)
			}
		}, "out.html: is a symbolic link to nowhere.html, which does not exist", false},
	}
	for _, tt := range refused {
		t.Run(tt.name+" refused", func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, dir, "letter.md", goodLetter)
			p := filepath.Join(dir, "out.html")
			tt.make(t, p)
			before, err := os.Lstat(p)
			if err != nil {
				t.Fatal(err)
			}
			r := run(t, dir, "", "letter.md", "-o", "out.html", "--force")
			if r.code != 2 || r.err == nil || r.err.Error() != tt.want {
				t.Errorf("exit %d: %v, want 2 and %q", r.code, r.err, tt.want)
			}
			after, err := os.Lstat(p)
			if err != nil || after.Mode() != before.Mode() || !os.SameFile(before, after) {
				t.Errorf("out.html was replaced: %v -> %v (%v)", before.Mode(), after.Mode(), err)
			}
			if _, err := os.Stat(filepath.Join(dir, "nowhere.html")); err == nil {
				t.Error("wrote through the dangling link")
			}
			entries, _ := os.ReadDir(dir)
			if len(entries) != 2 {
				t.Errorf("the directory holds %d entries, want 2", len(entries))
			}
		})
	}
}

// fullDevice makes a copy of /dev/full in dir, or skips the test.
func fullDevice(t *testing.T, dir string) string {
	t.Helper()
	var st syscall.Stat_t
	if err := syscall.Stat("/dev/full", &st); err != nil {
		t.Skip("no /dev/full")
	}
	dev := filepath.Join(dir, "full")
	if err := syscall.Mknod(dev, syscall.S_IFCHR|0o666, int(st.Rdev)); err != nil {
		t.Skipf("cannot make a device node: %v", err)
	}
	f, err := os.OpenFile(dev, os.O_WRONLY, 0)
	if err != nil {
		t.Skipf("cannot open a device node here: %v", err)
	}
	f.Close()
	return dev
}
