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
	_, noColor := os.LookupEnv("NO_COLOR")
	return surveyprompt.New(io.TTYIn, io.TTYOut, surveyprompt.Options{
		Editor:    editor,
		NoColor:   noColor || os.Getenv("TERM") == "dumb",
		Interrupt: interrupt,
	})
}
