// Package iostreams holds the standard streams a command reads and writes,
// and knows which of them are terminals.
package iostreams

import (
	"bytes"
	"io"
	"os"

	"golang.org/x/term"
)

// IOStreams are the streams of one command invocation. Commands never touch
// os.Stdin/os.Stdout directly, so tests can swap them.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer

	// TTY is where prompts go: the controlling terminal, so stdout can stay
	// reserved for the letter (`apology draft | sendmail -t`). Nil when
	// there is no terminal to ask on.
	TTYIn  FileReader
	TTYOut FileWriter

	stdinTTY   bool
	stdoutTTY  bool
	stderrTTY  bool
	neverColor bool
}

// FileReader is a reader with a file descriptor (what survey needs).
type FileReader interface {
	io.Reader
	Fd() uintptr
}

// FileWriter is a writer with a file descriptor (what survey needs).
type FileWriter interface {
	io.Writer
	Fd() uintptr
}

// System returns the process's streams. Prompts use stdin and stderr when
// both are terminals; otherwise they fall back to /dev/tty when it opens.
func System() *IOStreams {
	s := &IOStreams{
		In:        os.Stdin,
		Out:       os.Stdout,
		ErrOut:    os.Stderr,
		stdinTTY:  isTerminal(os.Stdin),
		stdoutTTY: isTerminal(os.Stdout),
		stderrTTY: isTerminal(os.Stderr),
	}
	if _, ok := os.LookupEnv("NO_COLOR"); ok {
		s.neverColor = true
	}
	if os.Getenv("TERM") == "dumb" {
		s.neverColor = true
	}
	switch {
	case s.stdinTTY && s.stderrTTY:
		s.TTYIn, s.TTYOut = os.Stdin, os.Stderr
	default:
		// stdin may be a pipe (an answers file) while a person still sits at
		// the terminal: /dev/tty reaches them without touching stdout.
		if tty, err := os.OpenFile("/dev/tty", os.O_RDWR, 0); err == nil {
			if isTerminal(tty) {
				s.TTYIn, s.TTYOut = tty, tty
			} else {
				tty.Close()
			}
		}
	}
	return s
}

// Test returns streams backed by buffers: no terminal, no colour.
func Test() (s *IOStreams, in, out, errOut *bytes.Buffer) {
	in, out, errOut = &bytes.Buffer{}, &bytes.Buffer{}, &bytes.Buffer{}
	return &IOStreams{In: in, Out: out, ErrOut: errOut, neverColor: true}, in, out, errOut
}

func isTerminal(f *os.File) bool { return term.IsTerminal(int(f.Fd())) }

// IsStdinTTY reports whether standard input is a terminal (so nothing is piped).
func (s *IOStreams) IsStdinTTY() bool { return s.stdinTTY }

// IsStdoutTTY reports whether standard output is a terminal.
func (s *IOStreams) IsStdoutTTY() bool { return s.stdoutTTY }

// SetStdinTTY and SetStdoutTTY let tests pretend a stream is a terminal.
func (s *IOStreams) SetStdinTTY(v bool)  { s.stdinTTY = v }
func (s *IOStreams) SetStdoutTTY(v bool) { s.stdoutTTY = v }

// CanPrompt reports whether a person can be asked questions.
func (s *IOStreams) CanPrompt() bool { return s.TTYIn != nil && s.TTYOut != nil }

// ColorEnabled reports whether stdout output may carry ANSI colour: only on
// a terminal and only when NO_COLOR is unset (https://no-color.org).
func (s *IOStreams) ColorEnabled() bool { return s.stdoutTTY && !s.neverColor }

// ColorEnabledErr is ColorEnabled for standard error.
func (s *IOStreams) ColorEnabledErr() bool { return s.stderrTTY && !s.neverColor }
