package cmdutil

import (
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/apology-cli/apology/pkg/lint/rules"
)

// LetterExtensions are the file extensions of letters (without the dot):
// what `lint` picks up from a directory and what shells offer to complete.
var LetterExtensions = []string{"md", "markdown", "txt"}

// CompleteLetterFiles is a ValidArgsFunction for commands that take letter
// files: the shell offers only .md, .markdown and .txt files (and
// directories to descend into).
func CompleteLetterFiles(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
	return LetterExtensions, cobra.ShellCompDirectiveFilterFileExt
}

// CompleteRepeatable completes a repeatable flag from values(), leaving out
// the ones already given to the flag on the command line.
func CompleteRepeatable(flag string, values func() []cobra.Completion) cobra.CompletionFunc {
	return func(cmd *cobra.Command, _ []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
		given, _ := cmd.Flags().GetStringArray(flag)
		var out []cobra.Completion
		for _, v := range values() {
			if !slices.Contains(given, completionValue(v)) {
				out = append(out, v)
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

// completionValue strips the "\tdescription" from a completion.
func completionValue(c cobra.Completion) string {
	v, _, _ := strings.Cut(c, "\t")
	return v
}

// FailOnCompletions are the values of --fail-on, for shell completion.
var FailOnCompletions = []cobra.Completion{
	cobra.CompletionWithDesc("error", "fail only on errors (the default)"),
	cobra.CompletionWithDesc("warning", "fail on warnings and errors"),
	cobra.CompletionWithDesc("suggestion", "fail on any finding"),
}

// DescribedCompletions pairs each value with its description for shell
// completion, in the order of values.
func DescribedCompletions(values []string, descriptions map[string]string) []cobra.Completion {
	out := make([]cobra.Completion, 0, len(values))
	for _, v := range values {
		out = append(out, cobra.CompletionWithDesc(v, descriptions[v]))
	}
	return out
}

// RuleCompletions lists "id\tsummary" for shell completion.
func RuleCompletions() []cobra.Completion {
	var out []cobra.Completion
	for _, r := range rules.All() {
		out = append(out, cobra.CompletionWithDesc(r.ID, r.Summary))
	}
	return out
}
