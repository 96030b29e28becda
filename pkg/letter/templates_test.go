package letter_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apology-cli/apology/pkg/letter"
	"github.com/apology-cli/apology/pkg/lint"
	"github.com/apology-cli/apology/pkg/lint/rules"
	"github.com/apology-cli/apology/templates"
)

const answersDir = "../../testdata/answers"

// loadAnswerFiles reads every testdata/answers file.
func loadAnswerFiles(t *testing.T) map[string]*letter.Answers {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(answersDir, "*.yaml"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no answers files in %s (%v)", answersDir, err)
	}
	out := map[string]*letter.Answers{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		a, err := letter.ParseAnswers(filepath.Base(p), b)
		if err != nil {
			t.Fatal(err)
		}
		if m := a.Missing(); len(m) > 0 {
			t.Fatalf("%s: missing %v", p, m)
		}
		out[strings.TrimSuffix(filepath.Base(p), ".yaml")] = a
	}
	return out
}

func newChecker(t *testing.T) *letter.Checker {
	t.Helper()
	l, err := rules.NewLinter(nil)
	if err != nil {
		t.Fatal(err)
	}
	return letter.NewChecker(l)
}

// variants are the answers with each closing and tone, and with and
// without the explanation, so every branch of a template is filled.
func variants(a *letter.Answers) map[string]*letter.Answers {
	out := map[string]*letter.Answers{}
	for _, tone := range letter.Tones {
		for _, closing := range letter.Closings {
			for _, why := range []bool{true, false} {
				v := *a
				v.Tone, v.Closing = tone, closing
				if !why {
					v.Why = ""
				}
				out[fmt.Sprintf("%s/%s/why=%v", tone, closing, why && a.Why != "")] = &v
			}
		}
	}
	return out
}

// TestBuiltInTemplatesLintClean fills every built-in template with every
// answers file, in every tone and closing, and lints the letter with all
// the rules: a drafted letter must pass `apology lint` with no findings.
func TestBuiltInTemplatesLintClean(t *testing.T) {
	check := newChecker(t)
	answers := loadAnswerFiles(t)
	for _, tp := range templates.BuiltIns() {
		tmpl, err := letter.Parse(tp)
		if err != nil {
			t.Fatal(err)
		}
		for name, a := range answers {
			if fs, err := check.Answers(a); err != nil || len(fs) > 0 {
				t.Fatalf("%s: the answers themselves fail: %v %v", name, err, fs)
			}
			for vname, v := range variants(a) {
				l, err := letter.Compose(tmpl, v)
				if err != nil {
					t.Errorf("%s with %s (%s): %v", tp.Name, name, vname, err)
					continue
				}
				md := l.Markdown()
				if findings := check.Letter("letter.md", []byte(md)); len(findings) > 0 {
					t.Errorf("%s with %s (%s): %d findings:\n%s\n%s", tp.Name, name, vname, len(findings), describe(findings), md)
				}
				if strings.Contains(md, "<no value>") {
					t.Errorf("%s with %s (%s): <no value> in the letter", tp.Name, name, vname)
				}
			}
		}
	}
}

func describe(findings []lint.Finding) string {
	var b strings.Builder
	for _, f := range findings {
		fmt.Fprintf(&b, "  %d:%d %s: %s\n", f.Line, f.Column, f.Rule, f.Message)
	}
	return b.String()
}
