// Package ptytest runs prompts on a real pseudo-terminal, as a person
// types them, for tests: a go-expect console reads what the program
// draws, a vt10x terminal emulator answers its cursor-position queries
// (survey asks for them), and keys are sent as bytes.
//
// Only tests import it.
package ptytest

import (
	"bytes"
	"fmt"
	"os"
	"sync"
	"testing"
	"time"

	expect "github.com/Netflix/go-expect"
	"github.com/creack/pty"
	"github.com/hinshun/vt10x"
	"golang.org/x/sys/unix"
)

// Timeout bounds every wait for the program's output. It is generous:
// test machines are small and busy.
const Timeout = 30 * time.Second

// Console is one pseudo-terminal with a person at it.
type Console struct {
	t  testing.TB
	c  *expect.Console
	vt vt10x.Terminal

	mu  sync.Mutex
	out bytes.Buffer // everything the program drew, for failure messages

	failed bool
	done   chan struct{}
}

// lockedWriter lets the console's reader and the test read the transcript.
type lockedWriter struct{ c *Console }

func (w lockedWriter) Write(b []byte) (int, error) {
	w.c.mu.Lock()
	defer w.c.mu.Unlock()
	return w.c.out.Write(b)
}

// New opens the terminal; Close releases it (registered with t.Cleanup).
func New(t testing.TB) *Console {
	t.Helper()
	// The emulator's replies (cursor position reports) are typed back into
	// the program through a second pty pair, as survey's own tests do.
	ptm, pts, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal on this machine: %v", err)
	}
	vt := vt10x.New(vt10x.WithWriter(pts), vt10x.WithSize(100, 40))
	con := &Console{t: t, vt: vt, done: make(chan struct{})}
	c, err := expect.NewConsole(
		expect.WithStdin(ptm),
		expect.WithStdout(vt, lockedWriter{con}),
		expect.WithCloser(ptm, pts),
		expect.WithDefaultTimeout(Timeout),
	)
	if err != nil {
		ptm.Close()
		pts.Close()
		t.Fatalf("opening a console: %v", err)
	}
	con.c = c
	t.Cleanup(func() { c.Close() })
	return con
}

// Tty is the terminal the program under test reads and draws on.
func (c *Console) Tty() *os.File { return c.c.Tty() }

// Transcript is everything the program drew so far, escape codes and all.
func (c *Console) Transcript() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.out.String()
}

// Screen is what the terminal shows now, as text.
func (c *Console) Screen() string { return c.vt.String() }

// Person runs what the person does in the background; Wait waits for it.
// Once a step fails, the terminal is closed so the program under test
// stops waiting for keys and returns; the later steps do nothing.
func (c *Console) Person(steps func(p *Person)) {
	go func() {
		defer close(c.done)
		p := &Person{c: c}
		steps(p)
		if !c.failed {
			// Keep reading (and answering cursor queries) until the
			// program is done with the terminal.
			c.c.ExpectEOF()
		}
	}()
}

// Wait closes the program's side of the terminal (call it once the
// program has returned) and waits for the person to finish.
func (c *Console) Wait() {
	c.t.Helper()
	c.Tty().Close()
	select {
	case <-c.done:
	case <-time.After(Timeout):
		c.t.Errorf("the person's steps did not finish within %s\nterminal:\n%s", Timeout, c.Screen())
	}
}

// waitKeyMode waits until the terminal's line discipline is off (ICANON
// and ISIG cleared), which survey does once a prompt is ready for keys.
func (c *Console) waitKeyMode() error {
	deadline := time.Now().Add(Timeout)
	for {
		tio, err := unix.IoctlGetTermios(int(c.Tty().Fd()), unix.TCGETS)
		if err != nil {
			return fmt.Errorf("reading terminal mode: %w", err)
		}
		if tio.Lflag&(unix.ICANON|unix.ISIG) == 0 {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("the program did not start reading keys within %s", Timeout)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// Person types at the terminal and reads what it shows.
type Person struct{ c *Console }

func (p *Person) fail(format string, args ...any) {
	p.c.t.Helper()
	if p.c.failed {
		return
	}
	p.c.failed = true
	p.c.t.Errorf(format, args...)
	p.c.t.Errorf("terminal screen:\n%s\ntranscript:\n%q", p.c.Screen(), p.c.Transcript())
	p.c.Tty().Close() // unblock the program
}

// Expect waits until the terminal has shown s.
func (p *Person) Expect(s string) {
	p.c.t.Helper()
	if p.c.failed {
		return
	}
	if _, err := p.c.c.ExpectString(s); err != nil {
		p.fail("waiting for %q: %v", s, err)
	}
}

// Type sends keys as typed (use "\r" for Enter, "\x03" for Ctrl-C,
// "\x1b" for Esc). Like a person who waits for the prompt, it first waits
// until the program reads keys one by one (the terminal is out of line
// mode): a Ctrl-C typed earlier would be a signal, not a key.
func (p *Person) Type(keys string) {
	p.c.t.Helper()
	if p.c.failed {
		return
	}
	if err := p.c.waitKeyMode(); err != nil {
		p.fail("typing %q: %v", keys, err)
		return
	}
	if _, err := p.c.c.Send(keys); err != nil {
		p.fail("typing %q: %v", keys, err)
	}
}

// TypeLine types a line and Enter without waiting for a prompt to read
// keys: what a person types at a terminal in its line mode.
func (p *Person) TypeLine(line string) {
	p.c.t.Helper()
	if p.c.failed {
		return
	}
	if _, err := p.c.c.Send(line + "\r"); err != nil {
		p.fail("typing %q: %v", line, err)
	}
}

// Answer waits for a question and types a line in reply.
func (p *Person) Answer(question, line string) {
	p.c.t.Helper()
	p.Expect(question)
	p.Type(line + "\r")
}
