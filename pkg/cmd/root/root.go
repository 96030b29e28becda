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
	return cmd
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
	err := cmd.ExecuteContext(ctx)
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
			fmt.Fprintln(f.IOStreams.ErrOut, "Run 'apology --help' for usage.")
		}
	}
	return cmdutil.ExitCode(err)
}
