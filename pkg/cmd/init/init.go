// Package initcmd is the `apology init` command: it writes a commented
// .apology.yaml listing every rule at its default severity.
package initcmd

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/apology-cli/apology/pkg/cmdutil"
	"github.com/apology-cli/apology/pkg/fileutil"
	"github.com/apology-cli/apology/pkg/iostreams"
	"github.com/apology-cli/apology/pkg/lint"
	"github.com/apology-cli/apology/pkg/lint/rules"
)

// InitOptions are the dependencies and flag values of one `apology init`.
type InitOptions struct {
	IO      *iostreams.IOStreams
	WorkDir string
	Rules   func() []*lint.Rule
	Ctx     context.Context // cancelled by Ctrl-C: nothing is written then

	Force bool
}

// NewCmdInit builds the command; runF replaces initRun in tests.
func NewCmdInit(f *cmdutil.Factory, runF func(*InitOptions) error) *cobra.Command {
	opts := &InitOptions{IO: f.IOStreams, WorkDir: f.WorkDir, Rules: rules.All}
	cmd := &cobra.Command{
		Use:   "init [flags]",
		Short: "Write a " + lint.ConfigFileName + " listing every rule",
		Long: `Write ` + lint.ConfigFileName + ` in the current directory: the fail level and every
lint rule at its default severity, with a comment saying what each rule
flags. Edit it to turn rules off or change their severity; 'apology lint'
finds it from this directory and every directory below.

An existing ` + lint.ConfigFileName + ` is never replaced unless --force is given. If it
is a symbolic link, --force replaces the file it points to and keeps the
link; a directory or other special file is never replaced.`,
		Example: `  apology init
  apology init --force`,
		Args: cobra.NoArgs,
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
			return nil, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Ctx = cmd.Context()
			if runF != nil {
				return runF(opts)
			}
			return initRun(opts)
		},
	}
	cmd.Flags().BoolVar(&opts.Force, "force", false, "replace an existing "+lint.ConfigFileName)
	return cmd
}

func initRun(opts *InitOptions) error {
	all := opts.Rules()
	dir, err := filepath.Abs(opts.WorkDir)
	if err != nil {
		return err
	}
	path := filepath.Join(dir, lint.ConfigFileName)
	// A config further up applies here until this one exists; say so, since
	// the new file replaces its settings rather than adding to them.
	parent, _ := lint.FindConfig(filepath.Dir(dir))
	ctx := opts.Ctx
	if ctx == nil {
		ctx = context.Background()
	}
	if err := fileutil.WriteFile(ctx, dir, lint.ConfigFileName, Config(all), opts.Force); err != nil {
		return err
	}
	if len(all) == 1 {
		fmt.Fprintf(opts.IO.Out, "Wrote %s: 1 rule at its default severity.\n", lint.ConfigFileName)
	} else {
		fmt.Fprintf(opts.IO.Out, "Wrote %s: %d rules at their default severity.\n", lint.ConfigFileName, len(all))
	}
	if parent != "" && parent != path {
		fmt.Fprintf(opts.IO.ErrOut, "note: it takes the place of %s for this directory and below\n", parent)
	}
	return nil
}

// commentWidth is where a rule's summary wraps (76 columns with "  # ").
const commentWidth = 72

// Config renders the commented config file for the given rules. Every rule
// is listed at its default severity under its summary, so the file shows
// the whole catalogue and each entry is ready to edit.
func Config(all []*lint.Rule) []byte {
	var b bytes.Buffer
	b.WriteString(`# apology lint configuration, written by 'apology init'.
# 'apology lint' reads the nearest ` + lint.ConfigFileName + ` in the current directory
# or a parent.

# The lowest severity that makes 'apology lint' exit 1: error, warning or
# suggestion. --fail-on overrides it.
fail-on: error

# Every rule at its default severity. Set one to error, warning, suggestion
# or off; 'apology rules ID' explains it. A rule left out of this list keeps
# its default, and follows it when a new version of apology changes it.
rules:
`)
	for _, r := range all {
		// The summary goes above the entry, wrapped, to keep lines short.
		line := ""
		for _, word := range strings.Fields(r.Summary) {
			if line != "" && len(line)+1+len(word) > commentWidth {
				fmt.Fprintf(&b, "  # %s\n", line)
				line = ""
			}
			if line != "" {
				line += " "
			}
			line += word
		}
		if line != "" {
			fmt.Fprintf(&b, "  # %s\n", line)
		}
		fmt.Fprintf(&b, "  %s: %s\n", r.ID, r.Severity)
	}
	return b.Bytes()
}
