//go:build !unix

package source

import (
	"fmt"
	"os"
)

// readFile reads the file at path through an *os.File.
func readFile(name, path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %s", name, Describe(err))
	}
	defer f.Close()
	size := int64(0)
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
		if fi.Size() > limit {
			return nil, &TooLargeError{Name: name, Limit: limit}
		}
		size = fi.Size()
	}
	return readAll(name, f, limit, size)
}
