// Package templates is the `apology templates` command: it lists the
// letter skeletons `apology draft` can fill, or prints one.
package templates

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/apology-cli/apology/pkg/cmdutil"
	"github.com/apology-cli/apology/pkg/iostreams"
	"github.com/apology-cli/apology/pkg/letter"
	"github.com/apology-cli/apology/templates"
)

// TemplatesOptions are the dependencies and arguments of one `apology templates`.
type TemplatesOptions struct {
	IO      *iostreams.IOStreams
	Getenv  func(string) string
	WorkDir string

	Name string // print this template's text; "" lists them all
}

// NewCmdTemplates builds the command; runF replaces templatesRun in tests.
func NewCmdTemplates(f *cmdutil.Factory, runF func(*TemplatesOptions) error) *cobra.Command {
	opts := &TemplatesOptions{IO: f.IOStreams, Getenv: f.Getenv, WorkDir: f.WorkDir}
	cmd := &cobra.Command{
		Use:   "templates [NAME]",
		Short: "List the letter templates, or print one",
		Long: `List the templates 'apology draft' fills: the built-in ones, one per
relationship, and your own *.tmpl files in $XDG_CONFIG_HOME/apology/templates
(~/.config/apology/templates), which replace built-in ones of the same name.

With a NAME, print that template's text: a starting point for your own.

Templates are Go text/template files. A key that does not exist is an
error, never "<no value>". They receive:

  .To .Dear .From        who it is to, the salutation's name, the signature
  .SorryFor              what follows "I'm sorry": "I forgot your birthday"
  .Did .More             the act as a clause; any further sentences about it
  .Impact .Why .Repair   sentences (.Why is "" when not given: .HasWhy;
                         .WhyDisclaimed: it says itself it is no excuse)
  .RepairDone            the repair has been made already
  .Plans .Done           the changes promised, and those already made
  .Changes .Change .Many every change as a sentence, the first, more than one
  .OwnWords .HasOwnWords the writer's own words, if given
  .Relationship .Tone .Closing, and .Formal .Warm .GiveTime .AskForgiveness
                         (both false for closing "none")
  .We .Group             the answers speak as "we"; the reader is a group
  .Seed                  a number from the answers, to choose phrasings
  .I .i .Im .im .Ive .ive .Ill .ill .Id .id .me .my .My .mine .myself .am .was
                         the writer's pronouns: "I"/"We", "I'm"/"we're", ...

and the functions sentence, sentences, list (a Markdown list of
sentences), lower, open (a sentence without its full stop), opening (the
same with a lower-case start, after a lead-in), pick and variant (a
phrasing chosen by .Seed). {{define "subject"}}...{{end}} sets the subject line.`,
		Example: `  apology templates
  apology templates partner > ~/.config/apology/templates/partner.tmpl`,
		Args: cobra.MaximumNArgs(1),
		ValidArgsFunction: func(_ *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			all, _ := templates.List(templates.UserDir(f.Getenv))
			var out []cobra.Completion
			for _, t := range all {
				out = append(out, cobra.CompletionWithDesc(t.Name, t.Description))
			}
			return out, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.Name = args[0]
			}
			if runF != nil {
				return runF(opts)
			}
			return templatesRun(opts)
		},
	}
	return cmd
}

func templatesRun(opts *TemplatesOptions) error {
	dir := templates.UserDir(opts.Getenv)
	if opts.Name != "" {
		t, err := templates.Lookup(opts.Name, dir, opts.WorkDir)
		if err != nil {
			return err
		}
		_, err = io.WriteString(opts.IO.Out, t.Text)
		return err
	}
	all, err := templates.List(dir)
	if err != nil {
		return err
	}
	var broken []error
	tw := tabwriter.NewWriter(opts.IO.Out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tSOURCE\tDESCRIPTION")
	for _, t := range all {
		desc := t.Description
		if t.Overrides {
			desc = strings.TrimSpace(desc + " (replaces the built-in one)")
		}
		if _, err := letter.Parse(t); err != nil {
			broken = append(broken, err)
			desc = "does not parse: see below"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\n", t.Name, t.Source(), desc)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, err := range broken {
		fmt.Fprintf(opts.IO.ErrOut, "apology: %s\n", err)
	}
	if len(broken) > 0 {
		return cmdutil.ErrSilent
	}
	return nil
}
