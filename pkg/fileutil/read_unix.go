//go:build unix

package fileutil

import (
	"io"
	"io/fs"
	"os"
	"syscall"
)

// ReadFile is os.ReadFile for the many small files of a directory run:
// for a regular file it makes four system calls (open, fstat, read,
// close) where os.ReadFile, which first readies the file for Go's poller,
// makes ten. Anything else (a FIFO, a device) is read through an
// *os.File.
func ReadFile(path string) ([]byte, error) {
	var fd int
	var err error
	for {
		fd, err = syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: path, Err: err}
	}
	var st syscall.Stat_t
	if err := fstat(fd, &st); err != nil {
		syscall.Close(fd)
		return nil, &fs.PathError{Op: "stat", Path: path, Err: err}
	}
	if st.Mode&syscall.S_IFMT != syscall.S_IFREG {
		// Read what was opened: a FIFO opened again would wait for a
		// writer that has come and gone.
		f := os.NewFile(uintptr(fd), path)
		defer f.Close()
		return io.ReadAll(f)
	}
	defer syscall.Close(fd)
	// One byte more than the size, so a file that has not grown is read
	// whole by the first read and its end seen by the second.
	b := make([]byte, 0, int(st.Size)+1)
	for {
		n, err := syscall.Read(fd, b[len(b):cap(b)])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, &fs.PathError{Op: "read", Path: path, Err: err}
		}
		if n == 0 {
			return b, nil
		}
		b = b[:len(b)+n]
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)] // it grew while being read
		}
	}
}

func fstat(fd int, st *syscall.Stat_t) error {
	for {
		if err := syscall.Fstat(fd, st); err != syscall.EINTR {
			return err
		}
	}
}
