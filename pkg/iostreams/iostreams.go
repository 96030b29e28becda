// Package iostreams holds the standard streams a command reads and writes,
// knows which of them are terminals, and decides whether output is coloured.
package iostreams

import (
	"bytes"
	"io"
	"os"
	"sync"

	"golang.org/x/term"
)

// IOStreams are the streams of one command invocation. Commands never touch
// os.Stdin/os.Stdout directly, so tests can swap them.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer

	// The terminal prompts go to (see TTY), found on first use.
	ttyOnce sync.Once
	openTTY func() (FileReader, FileWriter)
	ttyIn   FileReader
	ttyOut  FileWriter

	stdinTTY  bool
	stdoutTTY bool
	stderrTTY bool
	width     int // of the terminal, when a test sets it
	// color: the environment allows colour (NO_COLOR empty or unset, TERM
	// not dumb). The zero value, as in tests, never colours.
	color bool
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

// System returns the process's streams. Nothing is opened here: the
// terminal for prompts is looked for only when a command asks for it.
func System() *IOStreams {
	s := &IOStreams{
		In:        os.Stdin,
		Out:       os.Stdout,
		ErrOut:    os.Stderr,
		stdinTTY:  isTerminal(os.Stdin),
		stdoutTTY: isTerminal(os.Stdout),
		stderrTTY: isTerminal(os.Stderr),
		color:     ColorAllowed(os.Getenv),
	}
	s.openTTY = s.systemTTY
	return s
}

// ColorAllowed reports whether the environment allows ANSI colour: NO_COLOR
// is unset or empty (https://no-color.org) and TERM is not "dumb".
func ColorAllowed(getenv func(string) string) bool {
	return getenv("NO_COLOR") == "" && getenv("TERM") != "dumb"
}

// systemTTY finds the terminal to ask on. Prompts use stdin and stderr when
// both are terminals; otherwise /dev/tty when it opens: stdin may be a pipe
// (an answers file) while a person still sits at the terminal, and
// /dev/tty reaches them without touching stdout.
func (s *IOStreams) systemTTY() (FileReader, FileWriter) {
	if s.stdinTTY && s.stderrTTY {
		return os.Stdin, os.Stderr
	}
	tty, err := os.OpenFile("/dev/tty", os.O_RDWR, 0)
	if err != nil {
		return nil, nil
	}
	if !isTerminal(tty) {
		tty.Close()
		return nil, nil
	}
	return tty, tty
}

// Test returns streams backed by buffers: no terminal, no colour.
func Test() (s *IOStreams, in, out, errOut *bytes.Buffer) {
	in, out, errOut = &bytes.Buffer{}, &bytes.Buffer{}, &bytes.Buffer{}
	return &IOStreams{In: in, Out: out, ErrOut: errOut}, in, out, errOut
}

func isTerminal(f *os.File) bool { return term.IsTerminal(int(f.Fd())) }

// IsStdinTTY reports whether standard input is a terminal (so nothing is piped).
func (s *IOStreams) IsStdinTTY() bool { return s.stdinTTY }

// IsStdoutTTY reports whether standard output is a terminal.
func (s *IOStreams) IsStdoutTTY() bool { return s.stdoutTTY }

// SetStdinTTY and SetStdoutTTY let tests pretend a stream is a terminal.
func (s *IOStreams) SetStdinTTY(v bool)  { s.stdinTTY = v }
func (s *IOStreams) SetStdoutTTY(v bool) { s.stdoutTTY = v }

// TerminalWidth is the number of columns of the terminal stdout is, or 80
// when stdout is not a terminal (a pipe, a file).
func (s *IOStreams) TerminalWidth() int {
	if s.width > 0 {
		return s.width
	}
	if f, ok := s.Out.(*os.File); ok && s.stdoutTTY {
		if w, _, err := term.GetSize(int(f.Fd())); err == nil && w > 0 {
			return w
		}
	}
	return 80
}

// SetTerminalWidth lets tests pretend stdout is a terminal this wide.
func (s *IOStreams) SetTerminalWidth(w int) { s.width = w }

// SetTTY gives the streams a terminal to prompt on (tests pass a
// pseudo-terminal), in place of looking for one.
func (s *IOStreams) SetTTY(in FileReader, out FileWriter) {
	s.ttyOnce.Do(func() {})
	s.ttyIn, s.ttyOut = in, out
}

// TTY returns the terminal prompts go to: the controlling terminal, so
// stdout stays reserved for the letter (`apology draft | sendmail -t`).
// It is opened on the first call; both are nil when there is no terminal
// to ask on.
func (s *IOStreams) TTY() (FileReader, FileWriter) {
	s.ttyOnce.Do(func() {
		if s.openTTY != nil {
			s.ttyIn, s.ttyOut = s.openTTY()
		}
	})
	return s.ttyIn, s.ttyOut
}

// CanPrompt reports whether a person can be asked questions.
func (s *IOStreams) CanPrompt() bool {
	in, out := s.TTY()
	return in != nil && out != nil
}

// SetColorAllowed lets tests turn colour on (for the streams that are
// terminals) or off.
func (s *IOStreams) SetColorAllowed(v bool) { s.color = v }

// ColorEnabled reports whether stdout output may carry ANSI colour: only on
// a terminal and only when the environment allows it (ColorAllowed).
func (s *IOStreams) ColorEnabled() bool { return s.stdoutTTY && s.color }

// ColorEnabledErr is ColorEnabled for standard error.
func (s *IOStreams) ColorEnabledErr() bool { return s.stderrTTY && s.color }

// ColorEnabledTTY is ColorEnabled for the prompt terminal (TTY), which
// is a terminal whenever there is one.
func (s *IOStreams) ColorEnabledTTY() bool {
	_, out := s.TTY()
	return out != nil && s.color
}
