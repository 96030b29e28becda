//go:build unix

package source

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestReadFileInterrupted: opening a FIFO nobody writes to blocks; the
// read gives up as soon as its context is done.
func TestReadFileInterrupted(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	done := make(chan error, 1)
	go func() {
		_, err := ReadFile(ctx, "fifo", fifo, 100)
		done <- err
	}()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("err = %v, want context.Canceled", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("ReadFile still blocked on the FIFO 10s after its context was cancelled")
	}
	// Let the abandoned open finish.
	if f, err := os.OpenFile(fifo, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
		f.Close()
	}
}

// TestReadFileFIFO: a FIFO is read from the descriptor opened once: once
// its writer has come and gone, opening it again would wait for another.
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
		b, err := ReadFile(context.Background(), "pipe.md", fifo, 100)
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
