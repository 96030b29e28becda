// Package rules is the `apology rules` command: the rule catalogue.
package rules

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/apology-cli/apology/pkg/cmdutil"
	"github.com/apology-cli/apology/pkg/iostreams"
	"github.com/apology-cli/apology/pkg/lint"
	lintrules "github.com/apology-cli/apology/pkg/lint/rules"
)

// RulesOptions are the dependencies and arguments of `apology rules`.
type RulesOptions struct {
	IO *iostreams.IOStreams
	ID string // explain this rule; "" lists them all
}

// NewCmdRules builds the command; runF replaces rulesRun in tests.
func NewCmdRules(f *cmdutil.Factory, runF func(*RulesOptions) error) *cobra.Command {
	opts := &RulesOptions{IO: f.IOStreams}
	cmd := &cobra.Command{
		Use:   "rules [ID]",
		Short: "List the lint rules, or explain one",
		Long: `List the lint rules with their default severity, or explain one.

The linter also checks the letter's apology-lint comments and its front
matter; those checks are listed last, are always on and report errors.`,
		Example: `  apology rules
  apology rules but-excuse`,
		Args: cobra.MaximumNArgs(1),
		ValidArgsFunction: func(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			out := cmdutil.RuleCompletions()
			for _, r := range lint.Builtins() {
				out = append(out, cobra.CompletionWithDesc(r.ID, r.Summary))
			}
			return out, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.ID = args[0]
			}
			if runF != nil {
				return runF(opts)
			}
			return rulesRun(opts)
		},
	}
	return cmd
}

// minSummaryWidth is the narrowest the summary column may be.
const minSummaryWidth = 30

// builtinsHeading introduces the linter's own checks in the list.
const builtinsHeading = "Always on, checking the letter's apology-lint comments and front matter:"

func rulesRun(opts *RulesOptions) error {
	all, builtins := lintrules.All(), lint.Builtins()
	width := opts.IO.TerminalWidth()
	if opts.ID == "" {
		idW, sevW := 0, 0
		for _, r := range append(all[:len(all):len(all)], builtins...) {
			idW = max(idW, len(r.ID))
			sevW = max(sevW, len(r.Severity.String()))
		}
		list := func(rules []*lint.Rule) {
			for _, r := range rules {
				first := fmt.Sprintf("%-*s  %-*s  ", idW, r.ID, sevW, r.Severity)
				if width-len(first) < minSummaryWidth {
					// Too narrow for columns: the rest goes under the id.
					fmt.Fprintln(opts.IO.Out, r.ID)
					writeWrapped(opts.IO.Out, r.Severity.String()+": "+r.Summary, "    ", "    ", width)
					continue
				}
				writeWrapped(opts.IO.Out, r.Summary, first, strings.Repeat(" ", len(first)), width)
			}
		}
		list(all)
		fmt.Fprintln(opts.IO.Out)
		writeWrapped(opts.IO.Out, builtinsHeading, "", "", width)
		list(builtins)
		return nil
	}
	for _, r := range all {
		if r.ID == opts.ID {
			explain(opts.IO.Out, r, fmt.Sprintf("default: %s", r.Severity), width)
			return nil
		}
	}
	for _, r := range builtins {
		if r.ID == opts.ID {
			explain(opts.IO.Out, r, fmt.Sprintf("%s, always on", r.Severity), width)
			return nil
		}
	}
	return cmdutil.FlagErrorf("unknown rule %q (run 'apology rules' for the list)", opts.ID)
}

func explain(w io.Writer, r *lint.Rule, severity string, width int) {
	fmt.Fprintf(w, "%s (%s)\n\n", r.ID, severity)
	writeWrapped(w, r.Summary, "", "", width)
	fmt.Fprintln(w)
	writeWrapped(w, r.Why, "Why: ", "", width)
	if r.Suggestion != "" {
		fmt.Fprintln(w)
		writeWrapped(w, r.Suggestion, "Instead: ", "", width)
	}
	if len(r.Bad) > 0 {
		fmt.Fprintf(w, "\nFlagged:\n%s", indent(r.Bad[0]))
	}
	if len(r.Good) > 0 {
		fmt.Fprintf(w, "\nBetter:\n%s", indent(r.Good[0]))
	}
}

// writeWrapped fills text into lines of at most width columns: the first
// starts with first, the others with rest. A word longer than a line gets
// a line of its own.
func writeWrapped(w io.Writer, text, first, rest string, width int) {
	prefix := first
	line := prefix
	n := utf8.RuneCountInString(line)
	empty := true
	for _, word := range strings.Fields(text) {
		wn := utf8.RuneCountInString(word)
		if !empty && n+1+wn > width {
			fmt.Fprintln(w, line)
			prefix = rest
			line, n, empty = prefix, utf8.RuneCountInString(prefix), true
		}
		if !empty {
			line += " "
			n++
		}
		line += word
		n += wn
		empty = false
	}
	fmt.Fprintln(w, line)
}

func indent(s string) string {
	var b strings.Builder
	for _, line := range strings.Split(strings.TrimRight(s, "\n"), "\n") {
		b.WriteString("    " + line + "\n")
	}
	return b.String()
}
