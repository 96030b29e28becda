package lint

import (
	"fmt"
	"strings"
)

// The linter's own checks. They judge how a letter speaks to the tools
// (its apology-lint comments and its front matter), not the apology, so
// they are not rules of the catalogue: they are always on, always errors,
// and cannot be configured, chosen with --rule or turned off.
const (
	BadDirective   = "bad-directive"
	BadFrontMatter = "bad-front-matter"
)

// Builtins describes the linter's own checks, for `apology rules` and
// SARIF. Each call returns fresh values.
func Builtins() []*Rule {
	return []*Rule{
		{
			ID:       BadDirective,
			Severity: Error,
			Summary:  "An apology-lint comment with an unknown directive or rule id, which turns nothing off.",
			Why: "A misspelt comment does nothing and says nothing, so the findings it was meant to silence " +
				"keep coming back, or a typo in 'enable' leaves a rule off for the rest of the letter without anyone noticing.",
			Message:    "unknown word in an apology-lint comment",
			Suggestion: "Write <!-- apology-lint disable RULE -->, enable or disable-next-line, with rule ids as 'apology rules' lists them.",
			Bad:        []string{"<!-- apology-lint disable hedgeing -->\n", "<!-- apology-lint disabel hedging -->\n"},
			Good:       []string{"<!-- apology-lint disable hedging -->\n"},
		},
		{
			ID:       BadFrontMatter,
			Severity: Error,
			Summary:  "Front matter (the --- block at the top) that is not valid YAML, or holds a value of the wrong shape.",
			Why: "apology render reads the subject, addresses and language from the front matter and refuses " +
				"a letter whose front matter it cannot read; lint says so first, at the line to fix.",
			Message:    "the front matter cannot be read",
			Suggestion: "Fix the YAML between the --- lines: one \"key: value\" per line, and quote a value that holds a colon or a quote.",
			Bad:        []string{"---\nto: \"Sam\" <sam@example.com>\n---\n", "---\nsubject: [Sorry\n---\n"},
			Good:       []string{"---\nto: '\"Sam\" <sam@example.com>'\nsubject: Sorry\n---\n"},
		},
	}
}

// builtinSuggestion is the suggestion of a built-in check's findings.
func builtinSuggestion(id string) string {
	for _, r := range Builtins() {
		if r.ID == id {
			return r.Suggestion
		}
	}
	return ""
}

// IsBuiltin reports whether id names one of the linter's own checks.
func IsBuiltin(id string) bool { return id == BadDirective || id == BadFrontMatter }

// builtinError is what a flag or config that names a built-in check says.
func builtinError(id string) error {
	return fmt.Errorf("%q is one of the linter's own checks, always on: it cannot be chosen or turned off", id)
}

// closest returns the candidate nearest to word in edit distance, or ""
// when none is near enough to be the word mistyped.
func closest(word string, candidates []string) string {
	best, bestDist := "", -1
	for _, c := range candidates {
		d := editDistance(strings.ToLower(word), c)
		if bestDist < 0 || d < bestDist {
			best, bestDist = c, d
		}
	}
	if bestDist < 0 || bestDist > max(2, len([]rune(word))/3) {
		return ""
	}
	return best
}

// editDistance counts the insertions, deletions, substitutions and swaps
// of adjacent characters that turn a into b (optimal string alignment).
func editDistance(a, b string) int {
	x, y := []rune(a), []rune(b)
	// Three rows of the table: two back (for swaps), one back, current.
	prev2 := make([]int, len(y)+1)
	prev := make([]int, len(y)+1)
	cur := make([]int, len(y)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(x); i++ {
		cur[0] = i
		for j := 1; j <= len(y); j++ {
			cost := 1
			if x[i-1] == y[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && x[i-1] == y[j-2] && x[i-2] == y[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(y)]
}
