// Package lint is the `apology lint` command.
package lint

import (
	"bufio"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/apology-cli/apology/pkg/cmdutil"
	"github.com/apology-cli/apology/pkg/iostreams"
	"github.com/apology-cli/apology/pkg/lint"
	"github.com/apology-cli/apology/pkg/lintsetup"
	"github.com/apology-cli/apology/pkg/report"
	"github.com/apology-cli/apology/pkg/source"
)

// LintOptions are the dependencies and flag values of one `apology lint`.
type LintOptions struct {
	IO      *iostreams.IOStreams
	WorkDir string
	Ctx     context.Context // cancelled by Ctrl-C: nothing is printed then

	Paths      []string
	Format     string
	FailOn     string
	Rules      []string
	Disable    []string
	NoColor    bool
	ConfigPath string
	MaxSize    cmdutil.ByteSize
}

// NewCmdLint builds the command; runF replaces lintRun in tests.
func NewCmdLint(f *cmdutil.Factory, runF func(*LintOptions) error) *cobra.Command {
	opts := &LintOptions{IO: f.IOStreams, WorkDir: f.WorkDir}
	cmd := &cobra.Command{
		Use:   "lint [flags] [FILE|DIR|-]...",
		Short: "Check a letter for what ruins apologies",
		Long: `Check letters for what ruins apologies: "if" and "but" excuses, vague
wording, unkeepable promises, blame-shifting, pressure to forgive, and
missing parts (responsibility, repair, change).

A directory is searched for *.md, *.markdown and *.txt files. With no
file, or "-", the letter is read from standard input.

A letter larger than --max-size (8MiB unless raised), or one whose
lists and block quotes nest more than 32 levels deep, is refused.

Exit status: 0 when nothing at or above the fail level was found, 1 when
something was, 2 on a usage, config or file error, 130 when interrupted
(143 when terminated).`,
		Example: `  apology lint letter.md
  apology lint --format json letters/
  apology lint --fail-on warning --disable hedging letter.md
  pbpaste | apology lint`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			opts.Ctx = cmd.Context()
			if runF != nil {
				return runF(opts)
			}
			return lintRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.Format, "format", "text", "output format: "+strings.Join(report.Formats, ", "))
	cmd.Flags().StringVar(&opts.FailOn, "fail-on", "", "lowest severity that fails: error, warning or suggestion (default error)")
	cmd.Flags().StringArrayVar(&opts.Rules, "rule", nil, "run only this rule (repeatable)")
	cmd.Flags().StringArrayVar(&opts.Disable, "disable", nil, "turn a rule off (repeatable)")
	cmd.Flags().BoolVar(&opts.NoColor, "no-color", false, "never colour the output")
	cmd.Flags().StringVar(&opts.ConfigPath, "config", "", "config file (default: nearest "+lint.ConfigFileName+")")
	cmdutil.AddMaxSizeFlag(cmd, &opts.MaxSize)

	cmd.ValidArgsFunction = cmdutil.CompleteLetterFiles
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(cmdutil.DescribedCompletions(report.Formats, formatDescriptions), cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("fail-on", cobra.FixedCompletions(cmdutil.FailOnCompletions, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("rule", cmdutil.CompleteRepeatable("rule", cmdutil.RuleCompletions))
	_ = cmd.RegisterFlagCompletionFunc("disable", cmdutil.CompleteRepeatable("disable", cmdutil.RuleCompletions))
	_ = cmd.RegisterFlagCompletionFunc("config", cobra.FixedCompletions([]cobra.Completion{"yaml", "yml"}, cobra.ShellCompDirectiveFilterFileExt))
	return cmd
}

// formatDescriptions explain each output format in shell completion.
var formatDescriptions = map[string]string{
	"text":   "one line per finding, for people",
	"json":   "an array of findings, for scripts",
	"sarif":  "SARIF 2.1.0, for code scanning",
	"github": "GitHub Actions annotations",
}

// input is one letter to lint: where it came from and its bytes.
// input is one letter to lint, in the order the user named them: its
// name and either its bytes (standard input), the path to read them from,
// or the error that stopped it being found or read.
type input struct {
	name string
	src  []byte
	path string
	err  error
}

func lintRun(opts *LintOptions) error {
	if !slices.Contains(report.Formats, opts.Format) {
		return cmdutil.FlagErrorf("--format: unknown format %q (want %s)", opts.Format, strings.Join(report.Formats, ", "))
	}
	linter, failOn, err := lintsetup.Setup(opts.WorkDir, opts.ConfigPath, opts.FailOn, opts.Rules, opts.Disable)
	if err != nil {
		return err
	}

	ctx := opts.Ctx
	if ctx == nil {
		ctx = context.Background()
	}
	if opts.MaxSize <= 0 {
		opts.MaxSize = cmdutil.ByteSize(source.DefaultMaxSize)
	}
	if os.Getenv("GOGC") == "" {
		// A run's live heap is its letters' bytes, which hold no pointers,
		// and its findings; collecting at half Go's default growth keeps
		// peak memory near three times the input, for a few percent more
		// CPU. GOGC in the environment still decides.
		debug.SetGCPercent(50)
	}
	// Reading may block (a FIFO, a terminal) and linting a big letter
	// takes a while: both run apart, so Ctrl-C is obeyed at once. Nothing
	// is printed until they are done. Files are read on the goroutines
	// that lint them.
	var inputs []input
	var findings []lint.Finding
	var fileErrs []error
	err = cmdutil.Await(ctx, func() error {
		inputs = collectInputs(ctx, opts)
		if err := ctx.Err(); err != nil {
			return err
		}
		var files []lint.File
		for _, in := range inputs {
			if in.err != nil {
				continue
			}
			f := lint.File{Name: in.name, Src: in.src}
			if in.src == nil {
				name, path := in.name, in.path
				f.Read = func() ([]byte, error) { return readLetter(ctx, name, path, opts.MaxSize) }
			}
			files = append(files, f)
		}
		var err error
		findings, fileErrs, err = linter.LintFiles(ctx, files)
		return err
	})
	if err != nil {
		return err
	}
	if len(opts.Paths) == 0 && len(inputs) == 0 {
		return cmdutil.FlagErrorf("no letter given: name a file or directory, or pipe one to standard input")
	}
	if ctx.Err() != nil {
		return cmdutil.ErrCancel
	}
	ioErrs, read, next := 0, 0, 0
	for _, in := range inputs {
		if in.err == nil {
			in.err = fileErrs[next]
			next++
			if in.err == nil {
				read++
				continue
			}
		}
		ioErrs++
		fmt.Fprintf(opts.IO.ErrOut, "apology: %s\n", in.err)
	}

	color := opts.IO.ColorEnabled() && !opts.NoColor
	// Buffered: a big run prints thousands of lines, one write each otherwise.
	out := bufio.NewWriter(opts.IO.Out)
	if err := report.Write(out, opts.Format, findings, linter.Rules(), report.Options{Color: color, Files: read}); err != nil {
		return err
	}
	if err := out.Flush(); err != nil {
		return err
	}
	if ioErrs > 0 {
		return cmdutil.ErrSilent
	}
	if lint.Fails(findings, failOn) {
		return cmdutil.ErrFindings
	}
	return nil
}

// letterExts are the files a directory walk picks up.
var letterExts = map[string]bool{".md": true, ".markdown": true, ".txt": true}

// collectInputs reads stdin (no more than --max-size), names every file
// and walks directories, in order. Errors are entries too, not fatal: the
// other files are still linted. Files are read later, by readLetter. It
// returns nil once ctx is done.
func collectInputs(ctx context.Context, opts *LintOptions) []input {
	var inputs []input
	fail := func(err error) { inputs = append(inputs, input{err: err}) }
	paths := opts.Paths
	implicitStdin := len(paths) == 0
	if implicitStdin {
		if opts.IO.IsStdinTTY() {
			return nil
		}
		paths = []string{"-"}
	}
	readStdin := false
	for _, p := range paths {
		if p == "-" {
			if readStdin {
				continue
			}
			readStdin = true
			b, err := source.Read(ctx, "<stdin>", opts.IO.In, int64(opts.MaxSize))
			if err == nil {
				err = source.CheckText("<stdin>", b)
			}
			if ctx.Err() != nil {
				return nil
			}
			if err != nil {
				fail(err)
				continue
			}
			if implicitStdin && len(b) == 0 {
				// No argument and nothing piped in (CI without stdin):
				// that is a missing letter, not an empty one.
				return nil
			}
			if b == nil {
				b = []byte{}
			}
			inputs = append(inputs, input{name: "<stdin>", src: b})
			continue
		}
		full := p
		if !filepath.IsAbs(full) {
			full = filepath.Join(opts.WorkDir, p)
		}
		fi, err := os.Stat(full)
		if err != nil {
			fail(fmt.Errorf("%s: %s", p, cmdutil.DescribeFileError(err)))
			continue
		}
		if !fi.IsDir() {
			inputs = append(inputs, input{name: p, path: full})
			continue
		}
		found := 0
		walkErr := filepath.WalkDir(full, func(path string, d fs.DirEntry, err error) error {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if err != nil {
				fail(fmt.Errorf("%s: %s", displayPath(p, full, path), cmdutil.DescribeFileError(err)))
				return nil
			}
			if d.IsDir() {
				if path != full && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir // .git and friends
				}
				return nil
			}
			if !letterExts[strings.ToLower(filepath.Ext(path))] {
				return nil
			}
			found++
			inputs = append(inputs, input{name: displayPath(p, full, path), path: path})
			return nil
		})
		if ctx.Err() != nil {
			return nil
		}
		if walkErr != nil {
			fail(fmt.Errorf("%s: %s", p, cmdutil.DescribeFileError(walkErr)))
		} else if found == 0 {
			fail(fmt.Errorf("%s: directory has no .md, .markdown or .txt files to lint", p))
		}
	}
	return inputs
}

// displayPath names a walked file relative to the argument the user gave.
func displayPath(arg, full, path string) string {
	rel, err := filepath.Rel(full, path)
	if err != nil {
		return path
	}
	return filepath.Join(arg, rel)
}

// readLetter reads one file, no larger than limit, and refuses binary
// content.
func readLetter(ctx context.Context, name, path string, limit cmdutil.ByteSize) ([]byte, error) {
	b, err := source.ReadFile(ctx, name, path, int64(limit))
	if err == nil {
		err = source.CheckText(name, b)
	}
	if err != nil {
		return nil, err
	}
	if b == nil {
		b = []byte{}
	}
	return b, nil
}
