package cmdutil

import (
	"github.com/apology-cli/apology/pkg/iostreams"
	"github.com/apology-cli/apology/pkg/prompt"
)

// Factory hands each command its dependencies, so tests can replace them.
type Factory struct {
	IOStreams *iostreams.IOStreams
	// Prompter returns the prompter for interactive questions; it is a
	// function so commands that never ask don't open the terminal.
	Prompter func() prompt.Prompter
	// Getenv reads the environment (tests pass a map-backed one).
	Getenv func(string) string
	// WorkDir is where relative paths and config lookup start.
	WorkDir string
}
