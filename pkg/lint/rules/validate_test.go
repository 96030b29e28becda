package rules

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/apology-cli/apology/pkg/lint"
)

// catalogue is the rule ids of lint-rules.md, in its order: the contract
// between `apology lint --format json`, the corpora and their scoring.
var catalogue = []string{
	"conditional-apology", "but-excuse", "justification", "intent-defense", "non-apology",
	"vague-apology", "evasive-passive", "absolute-promise", "presumed-feelings", "blame-shift",
	"minimizing", "forgiveness-pressure", "bribe", "self-pity", "hedging",
	"missing-apology", "missing-responsibility", "missing-repair", "missing-change",
}

var (
	idPattern       = regexp.MustCompile(`^[a-z]+(-[a-z]+)*$`)
	catalogueRowRe  = regexp.MustCompile("(?m)^\\| `([a-z-]+)` \\| (error|warning|suggestion) \\|")
	catalogueSource = "../../../../shared/lint-rules.md"
)

// TestValidate checks the rule set the way go/analysis validates analyzers:
// well-formed unique ids, complete documentation, examples that behave.
func TestValidate(t *testing.T) {
	all := All()
	if _, err := lint.New(all, nil); err != nil {
		t.Fatalf("lint.New: %v", err)
	}

	var ids []string
	seen := map[string]bool{}
	for _, r := range all {
		if !idPattern.MatchString(r.ID) {
			t.Errorf("rule id %q is not lower-case words joined by hyphens", r.ID)
		}
		if seen[r.ID] {
			t.Errorf("rule id %q is registered twice", r.ID)
		}
		seen[r.ID] = true
		ids = append(ids, r.ID)
	}
	if !slices.Equal(ids, catalogue) {
		t.Errorf("All() ids =\n\t%v\nwant the catalogue, in order:\n\t%v", ids, catalogue)
	}

	for _, r := range all {
		if strings.TrimSpace(r.Summary) == "" || strings.Contains(r.Summary, "\n") {
			t.Errorf("%s: Summary must be one non-empty line", r.ID)
		}
		if strings.TrimSpace(r.Why) == "" {
			t.Errorf("%s: empty Why", r.ID)
		}
		if strings.TrimSpace(r.Message) == "" {
			t.Errorf("%s: empty Message", r.ID)
		}
		if strings.TrimSpace(r.Suggestion) == "" {
			t.Errorf("%s: empty Suggestion", r.ID)
		}
		if r.Severity < lint.Suggestion || r.Severity > lint.Error {
			t.Errorf("%s: severity %v is not error, warning or suggestion", r.ID, r.Severity)
		}
		if len(r.Bad) < 2 || len(r.Good) < 2 {
			t.Errorf("%s: want at least 2 Bad and 2 Good examples, have %d and %d", r.ID, len(r.Bad), len(r.Good))
		}
		if len(r.Phrases) == 0 {
			t.Errorf("%s: no Phrases", r.ID)
		}
		if r.Document != strings.HasPrefix(r.ID, "missing-") {
			t.Errorf("%s: Document = %v; the catalogue's document rules are the missing-* ones", r.ID, r.Document)
		}
		if r.Document && strings.Contains(r.Message, "{phrase}") {
			t.Errorf("%s: a document finding has no phrase, but Message uses {phrase}", r.ID)
		}
	}
}

// TestExamples: every Bad example fires its rule and every Good one does
// not. For document rules an example is a whole short letter.
func TestExamples(t *testing.T) {
	testLinter(t)
	for _, r := range All() {
		t.Run(r.ID, func(t *testing.T) {
			for _, ex := range r.Bad {
				if len(findingsOf(t, r.ID, ex)) == 0 {
					t.Errorf("Bad example does not fire:\n%s", ex)
				}
			}
			for _, ex := range r.Good {
				if got := findingsOf(t, r.ID, ex); len(got) > 0 {
					t.Errorf("Good example fires (%s):\n%s", describe(got), ex)
				}
			}
		})
	}
}

// TestCatalogueFile cross-checks ids and default severities against
// lint-rules.md when it is checked out beside the project.
func TestCatalogueFile(t *testing.T) {
	b, err := os.ReadFile(catalogueSource)
	if err != nil {
		t.Skipf("catalogue not available: %v", err)
	}
	sev := map[string]lint.Severity{}
	for _, r := range All() {
		sev[r.ID] = r.Severity
	}
	var ids []string
	for _, m := range catalogueRowRe.FindAllStringSubmatch(string(b), -1) {
		ids = append(ids, m[1])
		want, _ := lint.ParseSeverity(m[2])
		if got, ok := sev[m[1]]; ok && got != want {
			t.Errorf("%s: severity %v, catalogue says %v", m[1], got, want)
		}
	}
	if !slices.Equal(ids, catalogue) {
		t.Errorf("lint-rules.md ids =\n\t%v\nthis test's catalogue =\n\t%v", ids, catalogue)
	}
}

// TestRuleFiles: one rule per file, named after its id.
func TestRuleFiles(t *testing.T) {
	for _, id := range catalogue {
		base := strings.ReplaceAll(id, "-", "_")
		for _, f := range []string{base + ".go", base + "_test.go"} {
			if _, err := os.Stat(f); err != nil {
				t.Errorf("rule %s: %v", id, err)
			}
		}
	}
}

// TestBuiltinChecks: the linter's own checks (lint.Builtins) are not rules
// of the catalogue: their ids are well formed, taken by no rule, absent
// from All() and from the patterns' fingerprint; they are documented like
// rules, and their examples behave.
func TestBuiltinChecks(t *testing.T) {
	builtins := lint.Builtins()
	if len(builtins) == 0 {
		t.Fatal("no built-in checks")
	}
	fingerprint := lint.Fingerprint(All())
	for _, b := range builtins {
		if !idPattern.MatchString(b.ID) || !lint.IsBuiltin(b.ID) {
			t.Errorf("built-in id %q: malformed or not IsBuiltin", b.ID)
		}
		if slices.Contains(catalogue, b.ID) {
			t.Errorf("built-in id %q is a catalogue id", b.ID)
		}
		for _, r := range All() {
			if r.ID == b.ID || lint.IsBuiltin(r.ID) {
				t.Errorf("rule %s counted as a built-in check", r.ID)
			}
		}
		if b.Severity != lint.Error || strings.TrimSpace(b.Summary) == "" || strings.Contains(b.Summary, "\n") ||
			strings.TrimSpace(b.Why) == "" || strings.TrimSpace(b.Suggestion) == "" || len(b.Bad) == 0 || len(b.Good) == 0 {
			t.Errorf("%s: want severity error, a one-line Summary, Why, Suggestion and examples", b.ID)
		}
		if len(b.Phrases) > 0 || b.Document || b.Run != nil {
			t.Errorf("%s: a built-in check has no patterns and no Run", b.ID)
		}
		for _, ex := range b.Bad {
			if len(findingsOf(t, b.ID, ex)) == 0 {
				t.Errorf("%s: Bad example does not fire:\n%s", b.ID, ex)
			}
		}
		for _, ex := range b.Good {
			if got := findingsOf(t, b.ID, ex); len(got) > 0 {
				t.Errorf("%s: Good example fires (%s):\n%s", b.ID, describe(got), ex)
			}
		}
	}
	if lint.Fingerprint(All()) != fingerprint || len(testLinter(t).Rules()) != len(catalogue) {
		t.Error("the built-in checks changed the rule set")
	}
}
