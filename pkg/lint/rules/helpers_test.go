package rules

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/apology-cli/apology/pkg/lint"
)

var (
	linterOnce sync.Once
	linter     *lint.Linter
	linterErr  error
)

// testLinter is one linter with every rule, shared by the tests.
func testLinter(t *testing.T) *lint.Linter {
	t.Helper()
	linterOnce.Do(func() { linter, linterErr = NewLinter(nil) })
	if linterErr != nil {
		t.Fatalf("NewLinter: %v", linterErr)
	}
	return linter
}

// findingsOf returns the findings of rule id in text.
func findingsOf(t *testing.T, id, text string) []lint.Finding {
	t.Helper()
	var out []lint.Finding
	for _, f := range testLinter(t).Lint("test.md", []byte(text)) {
		if f.Rule == id {
			out = append(out, f)
		}
	}
	return out
}

// ruleCase is one table row: text, and whether rule should fire on it.
type ruleCase struct {
	text string
	want bool
}

// fires is a case the rule must flag; clean is one it must leave alone.
func fires(text string) ruleCase { return ruleCase{text, true} }
func clean(text string) ruleCase { return ruleCase{text, false} }

// checkRule runs a rule's table: each positive must produce at least one
// finding of the rule, each hard negative none.
func checkRule(t *testing.T, id string, cases []ruleCase) {
	t.Helper()
	testLinter(t)
	for _, c := range cases {
		name := c.text
		if len(name) > 60 {
			name = name[:60]
		}
		t.Run(name, func(t *testing.T) {
			got := findingsOf(t, id, c.text)
			switch {
			case c.want && len(got) == 0:
				t.Errorf("%s did not fire on %q", id, c.text)
			case !c.want && len(got) > 0:
				t.Errorf("%s fired on %q: %s", id, c.text, describe(got))
			}
		})
	}
}

func describe(fs []lint.Finding) string {
	var parts []string
	for _, f := range fs {
		parts = append(parts, fmt.Sprintf("%d:%d %s", f.Line, f.Column, f.Message))
	}
	return strings.Join(parts, "; ")
}
