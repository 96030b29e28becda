// Package source reads letters for the commands that check and render
// them: at most a set size, giving up as soon as the command is
// interrupted, and refusing what is binary or nests lists and quotes
// deeper than any letter does, before a Markdown parser sees it.
package source

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strconv"
	"strings"
)

// DefaultMaxSize is the largest letter read unless --max-size says more.
// A long letter is 10 KB, so 8 MiB (a book) is room for any letter and a
// folder's worth pasted together, yet bounds the work: 8 MiB of letters
// lints in half a second in about 100 MB, and even 8 MiB that is nothing
// but findings (half a million) in under 3 s and 500 MB.
const DefaultMaxSize int64 = 8 << 20

// MaxMaxSize bounds --max-size: offsets in a letter are 32-bit, and a
// gigabyte letter would need gigabytes of memory.
const MaxMaxSize int64 = 1 << 30

// TooLargeError is a letter over the size limit.
type TooLargeError struct {
	Name  string
	Limit int64
}

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("%s: larger than %s, the limit for a letter (--max-size raises it)", e.Name, FormatSize(e.Limit))
}

// Describe turns an error from opening or reading a file into a few
// plain words ("no such file or directory").
func Describe(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or directory"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// ReadFile reads the letter at path, which errors call name. More than
// limit bytes is a *TooLargeError, and no more than limit+1 are read.
// Opening a FIFO waits for a writer and reading waits for data: when ctx
// is done first, ReadFile returns ctx.Err() at once and leaves the wait
// to finish (or not) on its own; what it reads then is dropped.
func ReadFile(ctx context.Context, name, path string, limit int64) ([]byte, error) {
	return interruptible(ctx, func() ([]byte, error) { return readFile(name, path, limit) })
}

// Read is ReadFile for a stream, such as standard input.
func Read(ctx context.Context, name string, r io.Reader, limit int64) ([]byte, error) {
	return interruptible(ctx, func() ([]byte, error) { return readAll(name, r, limit, 0) })
}

// interruptible runs read, returning early with ctx.Err() when ctx is
// done first.
func interruptible(ctx context.Context, read func() ([]byte, error)) ([]byte, error) {
	if ctx == nil {
		return read()
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	type result struct {
		b   []byte
		err error
	}
	done := make(chan result, 1)
	go func() {
		b, err := read()
		done <- result{b, err}
	}()
	select {
	case r := <-done:
		return r.b, r.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// readAll reads r to its end, or to one byte past limit. size is how big
// r is expected to be (0: unknown), so a file is read into one buffer.
func readAll(name string, r io.Reader, limit, size int64) ([]byte, error) {
	b := make([]byte, 0, min(size, limit)+1)
	lr := io.LimitReader(r, limit+1)
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		n, err := lr.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %s", name, Describe(err))
		}
	}
	if int64(len(b)) > limit {
		return nil, &TooLargeError{Name: name, Limit: limit}
	}
	return b, nil
}

// Check refuses a letter that is binary (CheckText) or nests lists and
// quotes deeper than MaxDepth (CheckNesting).
func Check(name string, b []byte) error {
	if err := CheckText(name, b); err != nil {
		return err
	}
	return CheckNesting(name, b)
}

// CheckText refuses binary content: a NUL byte in the first 8000 bytes.
func CheckText(name string, b []byte) error {
	head := b
	if len(head) > 8000 {
		head = head[:8000]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return fmt.Errorf("%s: binary file, not a letter", name)
	}
	return nil
}

// sizeUnits are the suffixes ParseSize knows, lower-cased.
var sizeUnits = map[string]int64{
	"": 1, "b": 1,
	"k": 1 << 10, "kib": 1 << 10, "kb": 1000,
	"m": 1 << 20, "mib": 1 << 20, "mb": 1000 * 1000,
	"g": 1 << 30, "gib": 1 << 30, "gb": 1000 * 1000 * 1000,
}

// ParseSize reads a size such as "64MiB", "500KB" or "1000000" (bytes).
// KiB, MiB and GiB (or K, M, G) are powers of 1024; KB, MB and GB of 1000.
func ParseSize(s string) (int64, error) {
	t := strings.TrimSpace(s)
	i := 0
	for i < len(t) && (t[i] >= '0' && t[i] <= '9' || t[i] == '.') {
		i++
	}
	unit, ok := sizeUnits[strings.ToLower(strings.TrimSpace(t[i:]))]
	n, err := strconv.ParseFloat(t[:i], 64)
	if !ok || err != nil {
		return 0, fmt.Errorf("%q is not a size (such as 64MiB, 500KB or 1000000)", s)
	}
	v := n * float64(unit)
	if v < 1 || v > float64(MaxMaxSize) {
		return 0, fmt.Errorf("%q is out of range (1 byte to %s)", s, FormatSize(MaxMaxSize))
	}
	return int64(v), nil
}

// FormatSize writes n bytes as ParseSize reads it: "8MiB", "1500B".
func FormatSize(n int64) string {
	for _, u := range []struct {
		name string
		size int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}} {
		if n >= u.size && n%u.size == 0 {
			return strconv.FormatInt(n/u.size, 10) + u.name
		}
	}
	return strconv.FormatInt(n, 10) + "B"
}
