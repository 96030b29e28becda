// Package lint is the `apology lint` command.
package lint

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	rulesCmd "github.com/apology-cli/apology/pkg/cmd/rules"
	"github.com/apology-cli/apology/pkg/cmdutil"
	"github.com/apology-cli/apology/pkg/fileutil"
	"github.com/apology-cli/apology/pkg/iostreams"
	"github.com/apology-cli/apology/pkg/lint"
	"github.com/apology-cli/apology/pkg/lint/rules"
	"github.com/apology-cli/apology/pkg/report"
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

Exit status: 0 when nothing at or above the fail level was found, 1 when
something was, 2 on a usage, config or file error.`,
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

	cmd.ValidArgsFunction = cmdutil.CompleteLetterFiles
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(cmdutil.DescribedCompletions(report.Formats, formatDescriptions), cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("fail-on", cobra.FixedCompletions(cmdutil.FailOnCompletions, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("rule", cmdutil.CompleteRepeatable("rule", rulesCmd.RuleCompletions))
	_ = cmd.RegisterFlagCompletionFunc("disable", cmdutil.CompleteRepeatable("disable", rulesCmd.RuleCompletions))
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
	linter, failOn, err := Setup(opts.WorkDir, opts.ConfigPath, opts.FailOn, opts.Rules, opts.Disable)
	if err != nil {
		return err
	}

	inputs := collectInputs(opts)
	if len(opts.Paths) == 0 && len(inputs) == 0 {
		return cmdutil.FlagErrorf("no letter given: name a file or directory, or pipe one to standard input")
	}

	if os.Getenv("GOGC") == "" {
		// A run's live heap is its letters' bytes, which hold no pointers,
		// and its findings; collecting at half Go's default growth keeps
		// peak memory near three times the input, for a few percent more
		// CPU. GOGC in the environment still decides.
		debug.SetGCPercent(50)
	}
	ctx := opts.Ctx
	if ctx == nil {
		ctx = context.Background()
	}
	// Files are read on the goroutines that lint them.
	var files []lint.File
	for _, in := range inputs {
		if in.err != nil {
			continue
		}
		f := lint.File{Name: in.name, Src: in.src}
		if in.src == nil {
			name, path := in.name, in.path
			f.Read = func() ([]byte, error) { return readLetter(name, path) }
		}
		files = append(files, f)
	}
	findings, readErrs, err := linter.LintFiles(ctx, files)
	if err != nil {
		return cmdutil.ErrCancel
	}
	ioErrs, read, next := 0, 0, 0
	for _, in := range inputs {
		if in.err == nil {
			in.err = readErrs[next]
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

// Setup builds the linter from the config file and the rule flags, and
// resolves the fail level (flag, then config, then error). The render and
// draft commands share it so every command judges a letter the same way.
func Setup(workDir, configPath, failOnFlag string, only, disable []string) (*lint.Linter, lint.Severity, error) {
	all := rules.All()
	var cfg *lint.Config
	if configPath == "" {
		found, err := lint.FindConfig(workDir)
		if err != nil {
			return nil, 0, fmt.Errorf("looking for %s: %w", lint.ConfigFileName, err)
		}
		configPath = found
	} else if !filepath.IsAbs(configPath) {
		configPath = filepath.Join(workDir, configPath)
	}
	if configPath != "" {
		c, err := lint.LoadConfig(configPath, all)
		if err != nil {
			var pe *fs.PathError
			if errors.As(err, &pe) {
				return nil, 0, fmt.Errorf("config %s: %w", configPath, pe.Err)
			}
			return nil, 0, err
		}
		cfg = c
	}
	l, err := rules.NewLinter(cfg)
	if err != nil {
		return nil, 0, err
	}
	if len(only) > 0 {
		if err := l.Only(only...); err != nil {
			return nil, 0, cmdutil.FlagErrorf("--rule: %s", err)
		}
	}
	if err := l.Disable(disable...); err != nil {
		return nil, 0, cmdutil.FlagErrorf("--disable: %s", err)
	}
	failOn := lint.Error
	if cfg != nil && cfg.FailOn != lint.Off {
		failOn = cfg.FailOn
	}
	if failOnFlag != "" {
		s, err := lint.ParseSeverity(failOnFlag)
		if err != nil || s == lint.Off {
			return nil, 0, cmdutil.FlagErrorf("--fail-on: %q is not error, warning or suggestion", failOnFlag)
		}
		failOn = s
	}
	return l, failOn, nil
}

// letterExts are the files a directory walk picks up.
var letterExts = map[string]bool{".md": true, ".markdown": true, ".txt": true}

// collectInputs reads stdin, names every file and walks directories, in
// order. Errors are entries too, not fatal: the other files are still
// linted. Files are read later, by readLetter.
func collectInputs(opts *LintOptions) []input {
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
			b, err := io.ReadAll(opts.IO.In)
			if err != nil {
				fail(fmt.Errorf("<stdin>: %w", err))
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

// readLetter reads one file and refuses binary content.
func readLetter(name, path string) ([]byte, error) {
	b, err := fileutil.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %s", name, cmdutil.DescribeFileError(err))
	}
	head := b
	if len(head) > 8000 {
		head = head[:8000]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return nil, fmt.Errorf("%s: binary file, not a letter", name)
	}
	if b == nil {
		b = []byte{}
	}
	return b, nil
}
