package render

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apology-cli/apology/pkg/lint"
)

// TestLintFlagsWhatRenderRefuses: `apology lint` reports front matter
// that `apology render` refuses, at the line render names, and passes
// what render reads.
func TestLintFlagsWhatRenderRefuses(t *testing.T) {
	letters := []string{
		"---\nsubject: Sorry\nto: [a\n---\nI'm sorry.\n",
		"---\nto: \"Sam\" <sam@example.com>\n---\n",
		"\ufeff---\r\nsubject: Sorry\r\n\tfrom: x\r\n---\r\n",
		"---\n- a\n---\n",
		"---\nsubject: [a, b]\n---\n",
		"---\nlang: en\"><script>\n---\n",
		"---\nto: *nobody\n---\n",
		"---\nsubject: Sorry\nto: '\"Sam\" <sam@example.com>'\nnotes: [kept, as, is]\n---\nI'm sorry.\n",
		"---\nsubject: [unterminated, so prose\n",
		"I'm sorry.\n\n---\n\nsubject: [not front matter\n---\n",
	}
	paths, _ := filepath.Glob("../../testdata/*/*.md")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		letters = append(letters, string(b))
	}
	linter, err := lint.New(nil, nil) // no rules: only the linter's own checks
	if err != nil {
		t.Fatal(err)
	}
	for _, src := range letters {
		_, renderErr := Parse("letter.md", []byte(src))
		var flagged []lint.Finding
		for _, f := range linter.Lint("letter.md", []byte(src)) {
			if f.Rule == lint.BadFrontMatter {
				flagged = append(flagged, f)
			}
		}
		switch {
		case renderErr == nil && len(flagged) > 0:
			t.Errorf("lint flags front matter render reads (%s):\n%s", flagged[0].Message, src)
		case renderErr != nil && len(flagged) == 0:
			t.Errorf("render refuses front matter lint passes (%v):\n%s", renderErr, src)
		case renderErr != nil && !strings.HasPrefix(renderErr.Error(), fmt.Sprintf("letter.md: front matter: line %d: ", flagged[0].Line)):
			t.Errorf("render says %q, lint says line %d", renderErr, flagged[0].Line)
		}
	}
}
