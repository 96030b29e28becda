package root

import (
	"github.com/apology-cli/apology/pkg/iostreams"
	"github.com/apology-cli/apology/pkg/prompt"
)

// newPrompter returns the terminal prompter, or nil when no terminal exists.
func newPrompter(io *iostreams.IOStreams) prompt.Prompter {
	// Filled in by the survey adapter (pkg/prompt/surveyprompt).
	return nil
}
