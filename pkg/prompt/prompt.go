// Package prompt defines how commands ask a person questions, independent of
// the terminal library that draws them.
package prompt

import "errors"

// ErrInterrupted is returned when the person presses Ctrl-C (or Esc) at a prompt.
var ErrInterrupted = errors.New("interrupted")

// Validator checks an answer as it is typed; a non-nil error refuses the
// answer and is shown at the prompt so the person can fix it there.
type Validator func(answer string) error

// Prompter asks questions. Implementations: the survey adapter (a real
// terminal) and Scripted (tests).
type Prompter interface {
	// Input asks for one line of text.
	Input(message, help, defaultValue string, validate Validator) (string, error)
	// Multiline asks for several lines of text.
	Multiline(message, help, defaultValue string, validate Validator) (string, error)
	// Select asks to pick one option; it returns the chosen option.
	Select(message, help string, options []string, defaultValue string) (string, error)
	// Confirm asks a yes/no question.
	Confirm(message, help string, defaultValue bool) (bool, error)
	// Editor opens the text in $EDITOR and returns the edited text.
	Editor(message, help, text string) (string, error)
}
