package rules

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/apology-cli/apology/pkg/iostreams"
	"github.com/apology-cli/apology/pkg/lint"
	lintrules "github.com/apology-cli/apology/pkg/lint/rules"
)

func runRules(t *testing.T, id string, width int) string {
	t.Helper()
	io, _, out, _ := iostreams.Test()
	if width > 0 {
		io.SetStdoutTTY(true)
		io.SetTerminalWidth(width)
	}
	if err := rulesRun(&RulesOptions{IO: io, ID: id}); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

// TestListFitsTheWidth: no line is wider than the terminal, or than 80
// columns when stdout is not a terminal; nothing is lost by wrapping.
func TestListFitsTheWidth(t *testing.T) {
	for _, width := range []int{0, 100, 60, 20} {
		out := runRules(t, "", width)
		limit := width
		if width == 0 {
			limit = 80
		}
		var words []string
		for _, line := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
			if n := utf8.RuneCountInString(line); n > limit && len(strings.Fields(line)) > 1 {
				t.Errorf("width %d: line of %d columns: %q", width, n, line)
			}
			words = append(words, strings.Fields(line)...)
		}
		text := strings.Join(words, " ")
		for _, r := range append(lintrules.All(), lint.Builtins()...) {
			if !strings.Contains(text, strings.Join(strings.Fields(r.Summary), " ")) {
				t.Errorf("width %d: summary of %s lost", width, r.ID)
			}
		}
	}
}

// TestListSetsBuiltinsApart: the catalogue first, one rule a line start;
// the linter's own checks after a heading, not counted among the rules.
func TestListSetsBuiltinsApart(t *testing.T) {
	out := runRules(t, "", 200)
	catalogue, builtins, ok := strings.Cut(out, "\n"+builtinsHeading+"\n")
	if !ok {
		t.Fatalf("no heading before the built-in checks:\n%s", out)
	}
	ids := func(s string) []string {
		var out []string
		for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
			if line != "" && line[0] != ' ' && !strings.HasSuffix(line, ":") {
				out = append(out, strings.Fields(line)[0])
			}
		}
		return out
	}
	if got, want := len(ids(catalogue)), len(lintrules.All()); got != want {
		t.Errorf("%d rules listed before the heading, want the catalogue's %d", got, want)
	}
	if got := strings.Join(ids(builtins), " "); got != lint.BadDirective+" "+lint.BadFrontMatter {
		t.Errorf("after the heading: %q", got)
	}
}

func TestExplainBuiltin(t *testing.T) {
	out := runRules(t, lint.BadDirective, 0)
	if !strings.HasPrefix(out, lint.BadDirective+" (error, always on)\n") || !strings.Contains(out, "\nWhy: ") {
		t.Errorf("explanation:\n%s", out)
	}
}
