//go:build unix

package source

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"
)

// readFile reads the file at path with plain system calls: for a regular
// file, open, fstat, read and close, where os.ReadFile, which first readies
// the file for Go's poller, makes ten (a directory of 10,000 letters made
// 40,006 fcntl and 10,001 epoll_ctl calls). Anything else (a FIFO, a
// device) is read through an *os.File on the descriptor already open.
func readFile(name, path string, limit int64) ([]byte, error) {
	var fd int
	var err error
	for {
		fd, err = syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %s", name, Describe(&fs.PathError{Op: "open", Path: path, Err: err}))
	}
	var st syscall.Stat_t
	for {
		if err = syscall.Fstat(fd, &st); err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		syscall.Close(fd)
		return nil, fmt.Errorf("%s: %s", name, Describe(&fs.PathError{Op: "stat", Path: path, Err: err}))
	}
	if st.Mode&syscall.S_IFMT != syscall.S_IFREG {
		// Read what was opened: a FIFO opened again would wait for a
		// writer that has come and gone.
		f := os.NewFile(uintptr(fd), path)
		defer f.Close()
		return readAll(name, f, limit, 0)
	}
	defer syscall.Close(fd)
	if st.Size > limit {
		return nil, &TooLargeError{Name: name, Limit: limit}
	}
	return readAll(name, fdReader{fd, path}, limit, st.Size)
}

// fdReader reads a file descriptor with read(2), retried on EINTR.
type fdReader struct {
	fd   int
	path string
}

func (r fdReader) Read(b []byte) (int, error) {
	for {
		n, err := syscall.Read(r.fd, b)
		switch {
		case err == syscall.EINTR:
			continue
		case err != nil:
			return 0, &fs.PathError{Op: "read", Path: r.path, Err: err}
		case n == 0 && len(b) > 0:
			return 0, io.EOF
		}
		return n, nil
	}
}
