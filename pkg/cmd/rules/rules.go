// Package rules is the `apology rules` command: the rule catalogue.
package rules

import (
	"fmt"
	"strings"
	"text/tabwriter"

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
		Example: `  apology rules
  apology rules but-excuse`,
		Args: cobra.MaximumNArgs(1),
		ValidArgsFunction: func(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			return cmdutil.RuleCompletions(), cobra.ShellCompDirectiveNoFileComp
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

func rulesRun(opts *RulesOptions) error {
	all := lintrules.All()
	if opts.ID == "" {
		tw := tabwriter.NewWriter(opts.IO.Out, 0, 4, 2, ' ', 0)
		for _, r := range all {
			fmt.Fprintf(tw, "%s\t%s\t%s\n", r.ID, r.Severity, r.Summary)
		}
		return tw.Flush()
	}
	for _, r := range all {
		if r.ID == opts.ID {
			explain(opts.IO, r)
			return nil
		}
	}
	return cmdutil.FlagErrorf("unknown rule %q (run 'apology rules' for the list)", opts.ID)
}

func explain(io *iostreams.IOStreams, r *lint.Rule) {
	w := io.Out
	fmt.Fprintf(w, "%s (default: %s)\n\n%s\n\nWhy: %s\n", r.ID, r.Severity, r.Summary, r.Why)
	if r.Suggestion != "" {
		fmt.Fprintf(w, "\nInstead: %s\n", r.Suggestion)
	}
	if len(r.Bad) > 0 {
		fmt.Fprintf(w, "\nFlagged:\n%s", indent(r.Bad[0]))
	}
	if len(r.Good) > 0 {
		fmt.Fprintf(w, "\nBetter:\n%s", indent(r.Good[0]))
	}
}

func indent(s string) string {
	var b strings.Builder
	for _, line := range strings.Split(strings.TrimRight(s, "\n"), "\n") {
		b.WriteString("    " + line + "\n")
	}
	return b.String()
}
