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
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"
	"github.com/spf13/pflag"

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
	if man {
		cmd := tree()
		// The man generator reads the help texts and the flags' usage as
		// Markdown.
		escapeTree(cmd, true)
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
		cmd := tree()
		// The Markdown pages quote the flags in a code block, where an
		// escape would show.
		escapeTree(cmd, false)
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

// escapeTree escapes the help texts of c and its subcommands, and with
// flags their flags' usage, for the generators that read them as
// Markdown.
func escapeTree(c *cobra.Command, flags bool) {
	c.Short, c.Long = escapeMarkdown(c.Short), escapeMarkdown(c.Long)
	if flags {
		for _, fs := range []*pflag.FlagSet{c.LocalFlags(), c.InheritedFlags()} {
			fs.VisitAll(func(f *pflag.Flag) { f.Usage = escapeMarkdown(f.Usage) })
		}
	}
	for _, sub := range c.Commands() {
		escapeTree(sub, flags)
	}
}

// escapeMarkdown keeps plain help text plain when read as Markdown: a "<"
// would start an autolink ("Alex <alex@example.com>" became a mailto link
// in the man page) or an HTML tag ("<no value>" vanished). Indented lines
// are code blocks, shown as they are, and left alone, as are code spans.
func escapeMarkdown(s string) string {
	lines := strings.Split(s, "\n")
	for i, line := range lines {
		if strings.HasPrefix(line, "\t") || strings.HasPrefix(line, "    ") {
			continue
		}
		var b strings.Builder
		inCode := false
		for _, r := range line {
			switch {
			case r == '`':
				inCode = !inCode
			case r == '<' && !inCode:
				b.WriteByte('\\')
			}
			b.WriteRune(r)
		}
		lines[i] = b.String()
	}
	return strings.Join(lines, "\n")
}
