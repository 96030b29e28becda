//go:build unix

package fileutil

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestReadFileFIFO: what is not a regular file is read as os.ReadFile
// reads it.
func TestReadFileFIFO(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "pipe.md")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	go func() {
		f, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		f.WriteString("I'm sorry.\n")
		f.Close()
	}()
	type result struct {
		b   []byte
		err error
	}
	done := make(chan result, 1)
	go func() {
		b, err := ReadFile(fifo)
		done <- result{b, err}
	}()
	select {
	case r := <-done:
		if r.err != nil || string(r.b) != "I'm sorry.\n" {
			t.Errorf("FIFO: %q, %v", r.b, r.err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("ReadFile still waiting on the FIFO after its writer closed")
	}
}
