// Package cmdutil holds what every command shares: typed errors that map
// to exit codes, and small helpers for flags and files.
package cmdutil

import (
	"errors"
	"fmt"

	"github.com/apology-cli/apology/pkg/prompt"
	"github.com/apology-cli/apology/pkg/source"
)

// Exit codes. They are part of the CLI's contract (scripts and CI use them).
const (
	ExitOK       = 0
	ExitFindings = 1   // lint findings at or above the fail level
	ExitError    = 2   // usage, config or I/O error
	ExitCancel   = 130 // interrupted (Ctrl-C), as shells report SIGINT
)

// FlagError is a usage mistake: exit 2 with the message and a usage hint.
type FlagError struct{ Err error }

func (e *FlagError) Error() string { return e.Err.Error() }
func (e *FlagError) Unwrap() error { return e.Err }

// FlagErrorf builds a FlagError.
func FlagErrorf(format string, args ...any) error {
	return &FlagError{Err: fmt.Errorf(format, args...)}
}

// ErrFindings means the work succeeded but found problems at or above the
// fail level; the findings were already printed, so nothing more is said.
var ErrFindings = errors.New("findings")

// ErrCancel means the person interrupted the command (Ctrl-C, Esc). It is
// the prompter's own sentinel, so a prompt's interrupt needs no translation.
var ErrCancel = prompt.ErrInterrupted

// ErrSilent means the error was already reported; exit 2 without a message.
var ErrSilent = errors.New("silent error")

// ExitCode maps an error returned by a command to the process exit code.
func ExitCode(err error) int {
	switch {
	case err == nil:
		return ExitOK
	case errors.Is(err, ErrFindings):
		return ExitFindings
	case errors.Is(err, ErrCancel):
		return ExitCancel
	default:
		return ExitError
	}
}

// DescribeFileError turns an error from reading a file into a few plain
// words ("no such file or directory"), for messages that name the file.
func DescribeFileError(err error) string { return source.Describe(err) }
