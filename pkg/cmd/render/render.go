// Package render is the `apology render` command: it checks a letter with
// the linter and writes it as Markdown, HTML, plain text or an email.
package render

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/apology-cli/apology/pkg/cmdutil"
	"github.com/apology-cli/apology/pkg/email"
	"github.com/apology-cli/apology/pkg/fileutil"
	"github.com/apology-cli/apology/pkg/iostreams"
	"github.com/apology-cli/apology/pkg/lint"
	"github.com/apology-cli/apology/pkg/lintsetup"
	"github.com/apology-cli/apology/pkg/render"
	"github.com/apology-cli/apology/pkg/report"
	"github.com/apology-cli/apology/pkg/source"
)

// RenderOptions are the dependencies and flag values of one `apology render`.
type RenderOptions struct {
	IO      *iostreams.IOStreams
	WorkDir string
	Ctx     context.Context // cancelled by Ctrl-C: nothing is written then

	Path       string // the letter; "" or "-" reads standard input
	Format     string // "": from -o's extension (render.OutputFormat)
	Output     string
	Fragment   bool
	To         []string
	Cc         []string
	From       string
	Subject    string
	Force      bool
	NoLint     bool
	ConfigPath string
	MaxSize    cmdutil.ByteSize

	// Headers are added to the flag values; tests fix Date and MessageID.
	Headers email.Headers
}

// DefaultFormat is the format without --format or an -o extension.
const DefaultFormat = "html"

// NewCmdRender builds the command; runF replaces renderRun in tests.
func NewCmdRender(f *cmdutil.Factory, runF func(*RenderOptions) error) *cobra.Command {
	opts := &RenderOptions{IO: f.IOStreams, WorkDir: f.WorkDir}
	cmd := &cobra.Command{
		Use:   "render [flags] [FILE|-]",
		Short: "Turn a letter into HTML, plain text or an email",
		Long: `Write a letter as it will be sent:

  md     the letter as Markdown, front matter kept
  html   a standalone HTML5 page with inline styles (--fragment: body only)
  text   plain text wrapped at 72 columns, for an email body
  eml    an email message for 'sendmail -t' or 'msmtp -t'

The letter is linted first, with the same rules and config as
'apology lint'. Errors are printed and nothing is rendered (exit 1) unless
--force is given; warnings are printed and rendering goes on. --no-lint
skips the check.

Without --format the format follows the -o file's extension: .md or
.markdown md, .html or .htm html, .txt text, .eml eml; any other
extension is an error. It is html on standard output and for a name
without an extension. --format always wins over the extension.

Output goes to standard output, or with -o to a file that is written
whole or not at all and never replaced unless --force is given. A
symbolic link is followed: --force replaces the regular file it points
to. A device or FIFO (/dev/null, /dev/stdout, a named pipe) is written
to as it is, without --force; a directory, socket or other special file
is never replaced.

For eml, To, From, Cc and Subject come from the flags, else from the
letter's front matter (to, from, cc, subject). The subject defaults to the
letter's first "# heading". A line break in any of them is refused.

A letter larger than --max-size (8MiB unless raised), or one whose
lists and block quotes nest more than 32 levels deep, is refused.

Exit status: 0 when rendered, 1 when lint errors stopped it, 2 on a usage,
letter or address error, 130 when interrupted (143 when terminated):
then nothing is written.`,
		Example: `  apology render letter.md -o letter.html
  apology render --format text letter.md
  apology render --format eml --to sam@example.com --from me@example.com letter.md | sendmail -t
  apology render --force --format md - < letter.md`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.Path = args[0]
			}
			opts.Ctx = cmd.Context()
			if runF != nil {
				return runF(opts)
			}
			return renderRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.Format, "format", "", "output format: "+strings.Join(render.Formats, ", ")+" (default: from the -o extension, else "+DefaultFormat+")")
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "", "write to this file instead of standard output (see above)")
	cmd.Flags().BoolVar(&opts.Fragment, "fragment", false, "html: print the body's content only, not a whole document")
	cmd.Flags().StringArrayVar(&opts.To, "to", nil, "eml: recipient address (repeatable)")
	cmd.Flags().StringArrayVar(&opts.Cc, "cc", nil, "eml: copy recipient address (repeatable)")
	cmd.Flags().StringVar(&opts.From, "from", "", "eml: your address")
	cmd.Flags().StringVar(&opts.Subject, "subject", "", "eml and html: the subject, also the page title")
	cmd.Flags().BoolVar(&opts.Force, "force", false, "render despite lint errors, and replace an existing -o file")
	cmd.Flags().BoolVar(&opts.NoLint, "no-lint", false, "do not lint the letter first")
	cmd.Flags().StringVar(&opts.ConfigPath, "config", "", "lint config file (default: nearest "+lint.ConfigFileName+")")
	cmdutil.AddMaxSizeFlag(cmd, &opts.MaxSize)

	cmd.ValidArgsFunction = cmdutil.CompleteLetterFiles
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(cmdutil.DescribedCompletions(render.Formats, formatDescriptions), cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("config", cobra.FixedCompletions([]cobra.Completion{"yaml", "yml"}, cobra.ShellCompDirectiveFilterFileExt))
	for _, name := range []string{"to", "cc", "from", "subject"} {
		_ = cmd.RegisterFlagCompletionFunc(name, cobra.NoFileCompletions)
	}
	return cmd
}

// formatDescriptions explain each format in shell completion.
var formatDescriptions = map[string]string{
	"md":   "the letter as Markdown",
	"html": "a standalone HTML page",
	"text": "plain text wrapped at 72 columns",
	"eml":  "an email message for sendmail -t",
}

func renderRun(opts *RenderOptions) error {
	if opts.Ctx == nil {
		opts.Ctx = context.Background()
	}
	format, err := render.OutputFormat(opts.Format, opts.Output, DefaultFormat)
	if err != nil {
		return &cmdutil.FlagError{Err: err}
	}
	if opts.Fragment && format != "html" {
		return cmdutil.FlagErrorf("--fragment only applies to --format html")
	}
	for _, f := range []struct {
		name  string
		given bool
		ok    bool
	}{
		{"--to", len(opts.To) > 0, format == "eml"},
		{"--cc", len(opts.Cc) > 0, format == "eml"},
		{"--from", opts.From != "", format == "eml"},
		{"--subject", opts.Subject != "", format == "eml" || format == "html"},
	} {
		if f.given && !f.ok {
			return cmdutil.FlagErrorf("%s does not apply to --format %s", f.name, format)
		}
	}

	ctx := opts.Ctx
	if opts.MaxSize <= 0 {
		opts.MaxSize = cmdutil.ByteSize(source.DefaultMaxSize)
	}
	hdr := opts.Headers
	hdr.To = strings.Join(opts.To, ", ")
	hdr.Cc = strings.Join(opts.Cc, ", ")
	hdr.From, hdr.Subject = opts.From, opts.Subject
	// Reading may block (a FIFO, a terminal) and a big letter takes a
	// while to render and lint: that work runs apart, so Ctrl-C is obeyed
	// at once, and prints nothing. Rendering goes first, into memory, so
	// a bad address is reported before the lint findings; nothing leaves
	// until the lint passes.
	var name string
	var out bytes.Buffer
	var findings []lint.Finding
	var failOn lint.Severity
	err = cmdutil.Await(ctx, func() error {
		var src []byte
		var err error
		if name, src, err = readInput(ctx, opts); err != nil {
			return err
		}
		letter, err := render.Parse(name, src)
		if err != nil {
			return err
		}
		if err := render.Format(&out, format, letter, render.Options{Fragment: opts.Fragment, Headers: hdr}); err != nil {
			return err
		}
		if opts.NoLint {
			return nil
		}
		linter, fail, err := lintsetup.Setup(opts.WorkDir, opts.ConfigPath, "", nil, nil)
		if err != nil {
			return err
		}
		failOn = fail
		findings, err = linter.LintContext(ctx, name, src)
		return err
	})
	if err != nil {
		return err
	}
	if err := reportFindings(opts, findings, failOn); err != nil {
		return err
	}

	if ctx.Err() != nil {
		return cmdutil.ErrCancel
	}
	if opts.Output == "" || opts.Output == "-" {
		_, err := opts.IO.Out.Write(out.Bytes())
		return err
	}
	path := fileutil.Resolve(opts.WorkDir, opts.Output)
	if name != stdinName && sameFile(path, fileutil.Resolve(opts.WorkDir, opts.Path)) {
		return fmt.Errorf("%s: is the letter being rendered; write the output somewhere else", opts.Output)
	}
	return fileutil.WriteFile(ctx, opts.WorkDir, opts.Output, out.Bytes(), opts.Force)
}

// sameFile reports whether a and b name one existing file.
func sameFile(a, b string) bool {
	fa, err := os.Stat(a)
	if err != nil {
		return false
	}
	fb, err := os.Stat(b)
	return err == nil && os.SameFile(fa, fb)
}

// stdinName names a letter read from standard input, as lint does.
const stdinName = "<stdin>"

// readInput reads the letter from its file or standard input, no larger
// than --max-size, and refuses what is binary or nested too deep.
func readInput(ctx context.Context, opts *RenderOptions) (name string, src []byte, err error) {
	if opts.Path == "" || opts.Path == "-" {
		if opts.Path == "" && opts.IO.IsStdinTTY() {
			return "", nil, cmdutil.FlagErrorf("no letter given: name a file, or pipe one to standard input")
		}
		b, err := source.Read(ctx, stdinName, opts.IO.In, int64(opts.MaxSize))
		if err != nil {
			return "", nil, err
		}
		return stdinName, b, source.Check(stdinName, b)
	}
	path := fileutil.Resolve(opts.WorkDir, opts.Path)
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return "", nil, fmt.Errorf("%s: is a directory; render takes one letter", opts.Path)
	}
	b, err := source.ReadFile(ctx, opts.Path, path, int64(opts.MaxSize))
	if err != nil {
		return "", nil, err
	}
	return opts.Path, b, source.Check(opts.Path, b)
}

// reportFindings prints the lint findings to standard error, as
// `apology lint` would. Findings at or above the fail level stop the
// render (cmdutil.ErrFindings) unless --force.
func reportFindings(opts *RenderOptions, findings []lint.Finding, failOn lint.Severity) error {
	if len(findings) == 0 {
		return nil
	}
	if err := report.Text(opts.IO.ErrOut, findings, report.Options{Color: opts.IO.ColorEnabledErr(), Files: 1}); err != nil {
		return err
	}
	if !lint.Fails(findings, failOn) {
		return nil
	}
	what := "errors"
	if failOn != lint.Error {
		what = fmt.Sprintf("findings (%s and above)", failOn)
	}
	if opts.Force {
		fmt.Fprintf(opts.IO.ErrOut, "apology: rendering despite the %s above (--force)\n", what)
		return nil
	}
	fmt.Fprintf(opts.IO.ErrOut, "apology: not rendered: fix the %s above, or use --force to render anyway\n", what)
	return cmdutil.ErrFindings
}
