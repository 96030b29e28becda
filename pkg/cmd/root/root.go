// Package root assembles the apology command tree and runs it.
package root

import (
	"context"
	"errors"
	"fmt"
	"os"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/apology-cli/apology/pkg/buildinfo"
	draftCmd "github.com/apology-cli/apology/pkg/cmd/draft"
	initCmd "github.com/apology-cli/apology/pkg/cmd/init"
	lintCmd "github.com/apology-cli/apology/pkg/cmd/lint"
	renderCmd "github.com/apology-cli/apology/pkg/cmd/render"
	rulesCmd "github.com/apology-cli/apology/pkg/cmd/rules"
	templatesCmd "github.com/apology-cli/apology/pkg/cmd/templates"
	versionCmd "github.com/apology-cli/apology/pkg/cmd/version"
	"github.com/apology-cli/apology/pkg/cmdutil"
	"github.com/apology-cli/apology/pkg/iostreams"
	"github.com/apology-cli/apology/pkg/prompt"
)

// NewCmdRoot builds the command tree with the given dependencies.
func NewCmdRoot(f *cmdutil.Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "apology <command>",
		Short: "Write a sincere apology and check it before you send it",
		Long: `apology helps you write a sincere apology and checks it before it is sent.

  apology draft         answer a short interview and get a letter
  apology lint FILE     check a letter for excuses, blame and vague wording
  apology render FILE   turn a letter into HTML, plain text or an email`,
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	cmd.SetIn(f.IOStreams.In)
	cmd.SetOut(f.IOStreams.Out)
	cmd.SetErr(f.IOStreams.ErrOut)
	cmd.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return &cmdutil.FlagError{Err: err}
	})

	cmd.AddCommand(draftCmd.NewCmdDraft(f, nil))
	cmd.AddCommand(lintCmd.NewCmdLint(f, nil))
	cmd.AddCommand(templatesCmd.NewCmdTemplates(f, nil))
	cmd.AddCommand(rulesCmd.NewCmdRules(f, nil))
	cmd.AddCommand(renderCmd.NewCmdRender(f, nil))
	cmd.AddCommand(initCmd.NewCmdInit(f, nil))

	info := buildinfo.Read()
	cmd.Version = info.String()
	cmd.SetVersionTemplate("apology {{.Version}}\n") // same line as `apology version`
	cmd.AddCommand(versionCmd.NewCmdVersion(f, info))
	addCompletionCmd(cmd)
	argErrorsAreUsageErrors(cmd)
	return cmd
}

// argErrorsAreUsageErrors makes a wrong number of arguments a usage error,
// like a bad flag: Run then points at the command's help.
func argErrorsAreUsageErrors(c *cobra.Command) {
	if validate := c.Args; validate != nil {
		c.Args = func(c *cobra.Command, args []string) error {
			if err := validate(c, args); err != nil {
				return &cmdutil.FlagError{Err: err}
			}
			return nil
		}
	}
	for _, sub := range c.Commands() {
		argErrorsAreUsageErrors(sub)
	}
}

// NewFactory returns the dependencies of a real process. When ctx is
// done (the process was told to stop) a prompt being asked ends as if
// Ctrl-C were pressed.
func NewFactory(ctx context.Context) *cmdutil.Factory {
	io := iostreams.System()
	wd, _ := os.Getwd()
	return &cmdutil.Factory{
		IOStreams: io,
		Prompter:  func() prompt.Prompter { return newPrompter(io, ctx.Done()) },
		Getenv:    os.Getenv,
		WorkDir:   wd,
	}
}

// Main runs the CLI with os.Args and returns the process exit code.
func Main() int {
	ctx, stop := cmdutil.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return Run(ctx, NewFactory(ctx), os.Args[1:])
}

// Run executes one invocation and maps its outcome to an exit code.
func Run(ctx context.Context, f *cmdutil.Factory, args []string) int {
	cmd := NewCmdRoot(f)
	cmd.SetArgs(args)
	// ran is the command that ran, or failed to: its help is the one to
	// point at after a usage error.
	ran, err := cmd.ExecuteContextC(ctx)
	// A command that finished did its work, even if Ctrl-C came late; one
	// that failed while interrupted failed because of the interrupt.
	if err != nil && ctx.Err() != nil && !errors.Is(err, cmdutil.ErrFindings) {
		err = cmdutil.ErrCancel
	}
	switch {
	case err == nil:
	case errors.Is(err, cmdutil.ErrFindings), errors.Is(err, cmdutil.ErrSilent):
	case errors.Is(err, cmdutil.ErrCancel):
		fmt.Fprintln(f.IOStreams.ErrOut, "apology: interrupted, nothing written")
		return cmdutil.CancelExitCode(ctx)
	default:
		var flagErr *cmdutil.FlagError
		fmt.Fprintf(f.IOStreams.ErrOut, "apology: %s\n", err)
		if errors.As(err, &flagErr) {
			if ran == nil {
				ran = cmd
			}
			fmt.Fprintf(f.IOStreams.ErrOut, "Run '%s --help' for usage.\n", ran.CommandPath())
		}
	}
	return cmdutil.ExitCode(err)
}
