package root

import (
	"os"

	"github.com/apology-cli/apology/pkg/iostreams"
	"github.com/apology-cli/apology/pkg/prompt"
	"github.com/apology-cli/apology/pkg/prompt/surveyprompt"
)

// newPrompter returns the terminal prompter, or nil when no terminal
// exists. Closing interrupt ends the prompt being asked, as Ctrl-C does.
func newPrompter(io *iostreams.IOStreams, interrupt <-chan struct{}) prompt.Prompter {
	if !io.CanPrompt() {
		return nil
	}
	editor := os.Getenv("VISUAL")
	if editor == "" {
		editor = os.Getenv("EDITOR")
	}
	in, out := io.TTY()
	return surveyprompt.New(in, out, surveyprompt.Options{
		Editor:    editor,
		NoColor:   !io.ColorEnabledTTY(),
		Interrupt: interrupt,
	})
}
