// Command gendocs writes apology's man pages and Markdown command reference
// from the command tree, so they never drift from the real flags:
//
//	go run ./cmd/gendocs -out build/docs
//
// writes build/docs/man1/apology*.1 and build/docs/markdown/apology*.md.
// The output is built, not committed.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"

	"github.com/apology-cli/apology/pkg/buildinfo"
	"github.com/apology-cli/apology/pkg/cmd/root"
	"github.com/apology-cli/apology/pkg/cmdutil"
	"github.com/apology-cli/apology/pkg/iostreams"
	"github.com/apology-cli/apology/pkg/prompt"
)

func main() { os.Exit(run(os.Args[1:], os.Stderr)) }

func run(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("gendocs", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", "", "directory to write man1/ and markdown/ into (created if missing)")
	format := fs.String("format", "all", "what to write: man, markdown or all")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: go run ./cmd/gendocs -out DIR [-format man|markdown|all]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "gendocs: unexpected argument %q (the output directory goes in -out)\n", fs.Arg(0))
		return 2
	}
	if *out == "" {
		fmt.Fprintln(stderr, "gendocs: -out is required: the directory to write the docs into")
		return 2
	}
	man, md := *format == "man" || *format == "all", *format == "markdown" || *format == "all"
	if !man && !md {
		fmt.Fprintf(stderr, "gendocs: -format: %q is not man, markdown or all\n", *format)
		return 2
	}
	if err := generate(*out, man, md); err != nil {
		fmt.Fprintf(stderr, "gendocs: %s\n", err)
		return 2
	}
	return 0
}

// generate writes the docs of the real command tree under dir.
func generate(dir string, man, md bool) error {
	cmd := tree()
	if man {
		mandir := filepath.Join(dir, "man1")
		if err := os.MkdirAll(mandir, 0o755); err != nil {
			return err
		}
		header := &doc.GenManHeader{
			Section: "1",
			Source:  "apology " + buildinfo.Read().Version,
			Manual:  "apology manual",
		}
		// The date is SOURCE_DATE_EPOCH when set (reproducible builds), else today.
		if err := doc.GenManTree(cmd, header, mandir); err != nil {
			return fmt.Errorf("%s: %w", mandir, err)
		}
	}
	if md {
		mddir := filepath.Join(dir, "markdown")
		if err := os.MkdirAll(mddir, 0o755); err != nil {
			return err
		}
		if err := doc.GenMarkdownTree(cmd, mddir); err != nil {
			return fmt.Errorf("%s: %w", mddir, err)
		}
	}
	return nil
}

// tree builds the command tree as the binary does, with inert dependencies:
// documenting a command never runs it.
func tree() *cobra.Command {
	io, _, _, _ := iostreams.Test()
	f := &cmdutil.Factory{
		IOStreams: io,
		Prompter:  func() prompt.Prompter { return nil },
		Getenv:    func(string) string { return "" },
		WorkDir:   ".",
	}
	cmd := root.NewCmdRoot(f)
	cmd.InitDefaultVersionFlag() // otherwise added only when the binary runs
	var noTag func(*cobra.Command)
	noTag = func(c *cobra.Command) {
		c.DisableAutoGenTag = true // no date in the Markdown: same input, same output
		for _, sub := range c.Commands() {
			noTag(sub)
		}
	}
	noTag(cmd)
	return cmd
}
