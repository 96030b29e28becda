// Package fileutil writes the files a person asks for (-o FILE) safely,
// and reads letters with few system calls (ReadFile).
//
// What is at the path decides how it is written:
//
//   - nothing: a new regular file, written whole or not at all (a
//     temporary file in the same directory, then a hard link that fails
//     if the name appeared meanwhile);
//   - a regular file: replaced the same way, keeping its permissions, and
//     only with force;
//   - a symbolic link: followed. A link to a regular file counts as that
//     file (its target is replaced, the link stays); a link to nothing is
//     refused;
//   - a character device or a FIFO (/dev/null, /dev/tty, a named pipe),
//     or a name for an open descriptor (/dev/stdout, /dev/stderr,
//     /dev/fd/N, /proc/self/fd/N): opened and written through, as cp does,
//     with or without force, since that replaces nothing;
//   - anything else (a directory, a socket, a block device): refused, even
//     with force.
package fileutil

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// ErrExists is returned when the target exists and force is false.
var ErrExists = errors.New("already exists (use --force to replace it)")

// How a target is written.
type how int

const (
	create  how = iota // nothing there yet: a new regular file
	replace            // a regular file, replaced atomically
	through            // a device, FIFO or open descriptor, written through
)

// target is what a path leads to and how it is to be written.
type target struct {
	how   how
	path  string      // the file to create, replace or open; a link's target for replace
	shown string      // path as the person named it (or a link's target), for messages
	mode  fs.FileMode // create and replace: the permissions of the result
	flag  int         // through: extra open flags
}

// Resolve returns name resolved against workDir (when name is relative
// and workDir is set).
func Resolve(workDir, name string) string {
	if filepath.IsAbs(name) || workDir == "" {
		return name
	}
	return filepath.Join(workDir, name)
}

// Check reports, before any work is done, why WriteFile could not write
// name (resolved against workDir) now: its directory is missing or not
// writable, it exists and force is false, or it is something that is
// never replaced. Errors are one line naming the file as given.
func Check(workDir, name string, force bool) error {
	_, err := inspect(name, Resolve(workDir, name), force, true)
	return err
}

// WriteFile writes data to name (resolved against workDir) by the rules
// in the package comment. Errors are one line naming the file as given.
// A cancelled ctx ends the wait for a FIFO's reader, and stops a regular
// file before it is put in place; ctx's error is returned and nothing is
// written then.
func WriteFile(ctx context.Context, workDir, name string, data []byte, force bool) error {
	path := Resolve(workDir, name)
	for attempt := 0; ; attempt++ {
		t, err := inspect(name, path, force, false)
		if err != nil {
			return err
		}
		if t.how == through {
			return writeThrough(ctx, name, t, data)
		}
		err = writeAtomic(ctx, name, t, data, force)
		// Something else took the name while it was written: look again.
		if errors.Is(err, errChanged) && attempt < 2 {
			continue
		}
		return err
	}
}

// errChanged means the path changed while it was being written.
var errChanged = errors.New("changed while it was being written; try again")

// inspect decides how to write path. With probe, it also checks that a
// file can be created in the directory that would hold it.
func inspect(name, path string, force, probe bool) (target, error) {
	if isDescriptor(path) {
		fi, err := os.Stat(path)
		if err != nil {
			return target{}, fmt.Errorf("%s: %w", name, bare(err))
		}
		if fi.IsDir() {
			return target{}, fmt.Errorf("%s: is a directory", name)
		}
		t := target{how: through, path: path, shown: name}
		if fi.Mode().IsRegular() {
			// The shell opened the file (and emptied it, unless >>).
			t.flag = os.O_APPEND
		}
		return t, nil
	}
	li, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) || errors.Is(err, syscall.ENOTDIR) {
		t := target{how: create, path: path, shown: name, mode: 0o644}
		return t, checkDir(name, filepath.Dir(name), filepath.Dir(path), probe)
	}
	if err != nil {
		return target{}, fmt.Errorf("%s: %w", name, bare(err))
	}
	fi, real, shown := li, path, name
	if li.Mode()&fs.ModeSymlink != 0 {
		dest, _ := os.Readlink(path)
		fi, err = os.Stat(path)
		if errors.Is(err, fs.ErrNotExist) {
			return target{}, fmt.Errorf("%s: is a symbolic link to %s, which does not exist", name, dest)
		}
		if err != nil {
			return target{}, fmt.Errorf("%s: %w", name, bare(err))
		}
		if fi.Mode().IsRegular() {
			if real, err = filepath.EvalSymlinks(path); err != nil {
				return target{}, fmt.Errorf("%s: %w", name, bare(err))
			}
			shown = real
		}
	}
	mode := fi.Mode()
	switch {
	case mode.IsRegular():
		if !force {
			return target{}, fmt.Errorf("%s: %w", name, ErrExists)
		}
		t := target{how: replace, path: real, shown: shown, mode: mode.Perm()}
		return t, checkDir(name, filepath.Dir(shown), filepath.Dir(real), probe)
	case mode&fs.ModeCharDevice != 0, mode&fs.ModeNamedPipe != 0:
		return target{how: through, path: path, shown: name}, nil
	case mode.IsDir():
		return target{}, fmt.Errorf("%s: is a directory", name)
	default:
		return target{}, fmt.Errorf("%s: is %s, not a regular file; it is never replaced", name, kind(mode))
	}
}

// kind names a type of file that is never replaced.
func kind(mode fs.FileMode) string {
	switch {
	case mode&fs.ModeSocket != 0:
		return "a socket"
	case mode&fs.ModeDevice != 0:
		return "a block device"
	default:
		return "a special file"
	}
}

// isDescriptor reports whether path names an open file descriptor of
// this process rather than a file: where the shell's redirection points.
func isDescriptor(path string) bool {
	switch path {
	case "/dev/stdout", "/dev/stderr":
		return true
	}
	switch filepath.Dir(path) {
	case "/dev/fd", "/proc/self/fd", "/proc/thread-self/fd":
		return true
	}
	return false
}

// checkDir checks that dir (shown as shownDir) is a directory and, with
// probe, that a file can be created in it.
func checkDir(name, shownDir, dir string, probe bool) error {
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%s: the directory %q does not exist", name, shownDir)
	case errors.Is(err, syscall.ENOTDIR), err == nil && !fi.IsDir():
		return fmt.Errorf("%s: %q is not a directory", name, shownDir)
	case err != nil:
		return fmt.Errorf("%s: %w", name, bare(err))
	}
	if !probe {
		return nil
	}
	f, err := os.CreateTemp(dir, ".apology-check-*")
	if err != nil {
		return fmt.Errorf("%s: cannot create files in %q: %w", name, shownDir, bare(err))
	}
	f.Close()
	os.Remove(f.Name())
	return nil
}

// writeAtomic writes a new or replacing regular file through a temporary
// file in the same directory, so no one ever sees half a file.
func writeAtomic(ctx context.Context, name string, t target, data []byte, force bool) error {
	tmp, err := os.CreateTemp(filepath.Dir(t.path), "."+filepath.Base(t.path)+".tmp-*")
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("%s: the directory %q does not exist", name, filepath.Dir(t.shown))
		}
		return fmt.Errorf("%s: cannot create files in %q: %w", name, filepath.Dir(t.shown), bare(err))
	}
	defer os.Remove(tmp.Name()) // no-op once linked or renamed
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), t.mode)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", name, bare(err))
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if t.how == create {
		// Link fails if the name appeared since it was looked at.
		if err := os.Link(tmp.Name(), t.path); err != nil {
			switch {
			case !errors.Is(err, fs.ErrExist):
				return fmt.Errorf("%s: %w", name, bare(err))
			case !force:
				return fmt.Errorf("%s: %w", name, ErrExists)
			}
			return fmt.Errorf("%s: %w", name, errChanged)
		}
		return nil
	}
	// Narrow the window in which something other than a regular file
	// could take the name: look once more, just before the rename.
	if fi, err := os.Lstat(t.path); err != nil || !fi.Mode().IsRegular() {
		return fmt.Errorf("%s: %w", name, errChanged)
	}
	if err := os.Rename(tmp.Name(), t.path); err != nil {
		return fmt.Errorf("%s: %w", name, bare(err))
	}
	return nil
}

// writeThrough opens the device, FIFO or descriptor and writes data to
// it. Opening a FIFO waits for a reader; ctx ends the wait.
func writeThrough(ctx context.Context, name string, t target, data []byte) error {
	done := make(chan error, 1)
	go func() {
		f, err := os.OpenFile(t.path, os.O_WRONLY|t.flag, 0)
		if err != nil {
			done <- fmt.Errorf("%s: %w", name, bare(err))
			return
		}
		if err := ctx.Err(); err != nil {
			f.Close() // cancelled while waiting for a reader: write nothing
			done <- err
			return
		}
		_, err = f.Write(data)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			err = fmt.Errorf("%s: %w", name, bare(err))
		}
		done <- err
	}()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// SaveCopy writes data to a new file in the temporary directory, named
// after pattern as os.CreateTemp names files and readable by its owner
// only. It never replaces a file. It returns the new file's path.
func SaveCopy(pattern string, data []byte) (string, error) {
	f, err := os.CreateTemp("", pattern)
	if err != nil {
		return "", err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(f.Name())
		return "", err
	}
	return f.Name(), nil
}

// bare strips the operation and path from an error, since the message
// names the file already: "no space left on device", "permission denied".
func bare(err error) error {
	var pe *fs.PathError
	var le *os.LinkError
	var se *os.SyscallError
	switch {
	case errors.As(err, &pe):
		return pe.Err
	case errors.As(err, &le):
		return le.Err
	case errors.As(err, &se):
		return se.Err
	}
	return err
}
