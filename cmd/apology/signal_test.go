//go:build unix

package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
)

// stopWithin is how soon after Ctrl-C or SIGTERM the command must have
// exited. The aim is a tenth of a second; the bound is generous so a busy
// test machine cannot fail it, while a command that ignores the signal
// until its work is done (seconds here) or forever (a FIFO) still does.
const stopWithin = 2 * time.Second

// startedFor is how long a command is given to start and block (on a
// FIFO, a terminal) or get into its work before the signal is sent.
const startedFor = 500 * time.Millisecond

// TestSignals runs the built command and stops it with SIGINT or SIGTERM
// at the points where it used to go on regardless: blocked opening or
// reading a FIFO, reading a terminal, parsing and linting a big letter,
// asking a question. Each must exit promptly with 130 (SIGINT) or 143
// (SIGTERM) and leave no file behind, finished or temporary.
func TestSignals(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the command")
	}
	bin := buildCommand(t)

	// nested is a letter of lists 32 levels deep, as deep as a letter may
	// go: goldmark takes about a second to parse each 8 MB of it.
	nested := func(size int) []byte {
		var block strings.Builder
		for i := range 32 {
			block.WriteString(strings.Repeat("  ", i) + "- a line\n")
		}
		block.WriteString("\nI am sorry.\n\n")
		return bytes.Repeat([]byte(block.String()), size/block.Len()+1)
	}
	tests := []struct {
		name  string
		args  []string
		files map[string][]byte // written first; "fifo" is made a FIFO
		// writer: hold the FIFO open for writing, so the command gets
		// past opening it and blocks reading instead.
		writer bool
		stdin  string // "pipe": a pipe left open; "tty": a terminal
		sig    syscall.Signal
		keys   string // typed at the terminal instead of sending sig
		await  string // wait for the terminal to show this first
	}{
		{name: "lint opening a FIFO, SIGINT", args: []string{"lint", "fifo"}, files: map[string][]byte{"fifo": nil}, sig: syscall.SIGINT},
		{name: "lint opening a FIFO, SIGTERM", args: []string{"lint", "fifo"}, files: map[string][]byte{"fifo": nil}, sig: syscall.SIGTERM},
		{name: "lint reading a FIFO", args: []string{"lint", "fifo"}, files: map[string][]byte{"fifo": nil}, writer: true, sig: syscall.SIGTERM},
		{name: "lint reading a pipe", args: []string{"lint", "-"}, stdin: "pipe", sig: syscall.SIGINT},
		{name: "lint reading a terminal, Ctrl-C", args: []string{"lint", "-"}, stdin: "tty", keys: "\x03", sig: syscall.SIGINT},
		{name: "lint parsing a big letter", args: []string{"lint", "--max-size", "64MiB", "big.md"},
			files: map[string][]byte{"big.md": nested(32 << 20)}, sig: syscall.SIGTERM},
		{name: "render parsing a big letter", args: []string{"render", "--no-lint", "big.md", "-o", "out.html"},
			files: map[string][]byte{"big.md": nested(7 << 20)}, sig: syscall.SIGINT},
		{name: "render linting a big letter", args: []string{"render", "--format", "md", "big.md", "-o", "out.md"},
			files: map[string][]byte{"big.md": nested(7 << 20)}, sig: syscall.SIGTERM},
		{name: "render reading a FIFO", args: []string{"render", "fifo", "-o", "out.html"}, files: map[string][]byte{"fifo": nil}, sig: syscall.SIGTERM},
		{name: "draft reading answers from a FIFO", args: []string{"draft", "--answers", "fifo", "-o", "letter.md"},
			files: map[string][]byte{"fifo": nil}, sig: syscall.SIGINT},
		{name: "draft reading answers from a pipe", args: []string{"draft", "--answers", "-", "-o", "letter.md"}, stdin: "pipe", sig: syscall.SIGTERM},
		{name: "draft asking a question", args: []string{"draft", "-o", "letter.md"}, stdin: "tty",
			await: "Who are you writing to?", sig: syscall.SIGTERM},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, body := range tt.files {
				path := filepath.Join(dir, name)
				if name == "fifo" {
					if err := syscall.Mkfifo(path, 0o600); err != nil {
						t.Skipf("mkfifo: %v", err)
					}
					continue
				}
				if err := os.WriteFile(path, body, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			before := listDir(t, dir)

			cmd := exec.Command(bin, tt.args...)
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "HOME="+dir, "XDG_CONFIG_HOME="+filepath.Join(dir, ".config"), "NO_COLOR=1", "TERM=dumb")
			var stderr lockedBuffer
			var term *os.File
			copied := make(chan struct{})
			switch tt.stdin {
			case "tty":
				var err error
				if term, err = pty.Start(cmd); err != nil {
					t.Skipf("no pseudo-terminal: %v", err)
				}
				defer term.Close()
				go func() {
					io.Copy(&stderr, term) // the terminal shows stdout and stderr
					close(copied)
				}()
			case "pipe":
				r, w, err := os.Pipe()
				if err != nil {
					t.Fatal(err)
				}
				defer w.Close()
				cmd.Stdin = r
				cmd.Stderr = &stderr
				if err := cmd.Start(); err != nil {
					t.Fatal(err)
				}
				r.Close()
			default:
				cmd.Stderr = &stderr
				if err := cmd.Start(); err != nil {
					t.Fatal(err)
				}
			}
			exited := make(chan struct{})
			go func() { cmd.Wait(); close(exited) }()
			defer func() {
				select {
				case <-exited:
				default:
					cmd.Process.Kill()
					<-exited
				}
			}()

			if tt.writer {
				w := openWriter(t, filepath.Join(dir, "fifo"), exited)
				defer w.Close()
			}
			if tt.await != "" {
				deadline := time.Now().Add(30 * time.Second)
				for !strings.Contains(stderr.String(), tt.await) {
					if time.Now().After(deadline) {
						t.Fatalf("the terminal never showed %q:\n%s", tt.await, stderr.String())
					}
					time.Sleep(10 * time.Millisecond)
				}
			}
			time.Sleep(startedFor)
			select {
			case <-exited:
				t.Fatalf("exited before the signal: %v\n%s", cmd.ProcessState, stderr.String())
			default:
			}

			sent := time.Now()
			if tt.keys != "" {
				if _, err := term.WriteString(tt.keys); err != nil {
					t.Fatal(err)
				}
			} else if err := cmd.Process.Signal(tt.sig); err != nil {
				t.Fatal(err)
			}
			select {
			case <-exited:
			case <-time.After(stopWithin):
				t.Fatalf("still running %s after %v\nstderr: %s", stopWithin, tt.sig, stderr.String())
			}
			took := time.Since(sent)
			if term != nil {
				select { // what the terminal showed last
				case <-copied:
				case <-time.After(5 * time.Second):
				}
			}
			want := 128 + int(tt.sig)
			if code := cmd.ProcessState.ExitCode(); code != want {
				t.Fatalf("exit %d (%v), want %d, %s after the signal\nstderr: %s", code, cmd.ProcessState, want, took, stderr.String())
			}
			if !strings.Contains(stderr.String(), "nothing written") {
				t.Errorf("stderr: %q", stderr.String())
			}
			if after := listDir(t, dir); !slices.Equal(after, before) {
				t.Errorf("files before: %v, after: %v", before, after)
			}
			t.Logf("exit %d %s after the signal", want, took.Round(time.Millisecond))
		})
	}
}

// openWriter opens the FIFO for writing once the command has it open for
// reading, so the command blocks reading it.
func openWriter(t *testing.T, fifo string, exited <-chan struct{}) *os.File {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		f, err := os.OpenFile(fifo, os.O_WRONLY|syscall.O_NONBLOCK, 0)
		if err == nil {
			return f
		}
		select {
		case <-exited:
			t.Fatal("exited before opening the FIFO")
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("the command never opened the FIFO: %v", err)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func listDir(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// buildCommand builds apology into a temporary directory.
func buildCommand(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "apology")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// lockedBuffer collects output written from another goroutine.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}
