package lint

import (
	"errors"
	"strings"
	"testing"
)

// ownFindings lints src with the test rules and keeps the findings of the
// linter's own checks, as "line:col-endline:endcol rule: message".
func ownFindings(t *testing.T, src string) (own []string, rest string) {
	t.Helper()
	var others []Finding
	for _, f := range lintString(t, src) {
		if IsBuiltin(f.Rule) {
			if f.Severity != Error || f.Suggestion == "" {
				t.Errorf("%s finding: severity %v, suggestion %q", f.Rule, f.Severity, f.Suggestion)
			}
			own = append(own, brief([]Finding{f})+": "+f.Message)
		} else if f.Rule != "missing-sorry" {
			others = append(others, f)
		}
	}
	return own, brief(others)
}

// TestBadDirective: a misspelt directive or rule id is reported where it
// is written, with the nearest right word, and turns nothing off.
func TestBadDirective(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
		rest      string // the other findings
	}{
		{"unknown rule", "<!-- apology-lint disable conx -->\nI'm sorry if.\n",
			[]string{`1:27-1:31 bad-directive: unknown rule "conx" in an apology-lint comment: did you mean "cond"?`}, "2:5-2:13 cond"},
		{"unknown verb", "<!-- apology-lint disabel cond -->\nI'm sorry if.\n",
			[]string{`1:19-1:26 bad-directive: unknown directive "disabel" in an apology-lint comment: did you mean "disable"?`}, "2:5-2:13 cond"},
		{"unknown verb, nothing near", "<!-- apology-lint mute cond -->\n",
			[]string{`1:19-1:23 bad-directive: unknown directive "mute" in an apology-lint comment: want disable, enable or disable-next-line`}, ""},
		{"ESLint spelling", "I'm sorry if. <!-- apology-lint-disable-next-line cond -->\nI'm sorry if.\n",
			[]string{`1:20-1:50 bad-directive: unknown directive "apology-lint-disable-next-line": did you mean "apology-lint disable-next-line"?`}, "1:5-1:13 cond; 2:5-2:13 cond"},
		{"no directive", "<!-- apology-lint -->\n",
			[]string{`1:6-1:18 bad-directive: an apology-lint comment needs a directive: want disable, enable or disable-next-line`}, ""},
		{"one bad id in a list", "<!-- apology-lint disable-next-line promise,cnd -->\nI will never do it. I'm sorry if.\n",
			[]string{`1:45-1:48 bad-directive: unknown rule "cnd" in an apology-lint comment: did you mean "cond"?`}, "2:25-2:33 cond"},
		{"far from any rule", "<!-- apology-lint enable whatever -->\n",
			[]string{`1:26-1:34 bad-directive: unknown rule "whatever" in an apology-lint comment (see 'apology rules' for the ids)`}, ""},
		{"a built-in check", "<!-- apology-lint disable bad-directive -->\n",
			[]string{`1:27-1:40 bad-directive: "bad-directive" cannot be turned off: it is one of the linter's own checks`}, ""},
		{"inline, after a BOM", "\ufeffI'm sorry if. <!-- apology-lint disable-next-line condd -->\n",
			[]string{`1:51-1:56 bad-directive: unknown rule "condd" in an apology-lint comment: did you mean "cond"?`}, "1:5-1:13 cond"},
		{"good directives", "<!-- apology-lint disable cond, promise -->\nI'm sorry if.\n<!-- apology-lint enable -->\n", nil, ""},
		{"other comments", "<!-- apology-linter: a note -->\n<!-- lint disable cond -->\n", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			own, rest := ownFindings(t, tt.src)
			if strings.Join(own, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("findings:\n\t%s\nwant\n\t%s", strings.Join(own, "\n\t"), strings.Join(tt.want, "\n\t"))
			}
			if rest != tt.rest {
				t.Errorf("other findings = %q, want %q", rest, tt.rest)
			}
		})
	}
}

// TestBadFrontMatter: front matter that render would refuse is an error
// at the line to fix; the body is linted all the same.
func TestBadFrontMatter(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"unclosed list", "---\nsubject: Sorry\nto: [a\n---\nI'm sorry if.\n",
			[]string{`3:1-3:7 bad-front-matter: front matter: not valid YAML: did not find expected ',' or ']'`}},
		{"stray text", "\ufeff---\nto: \"Sam\" x\n---\n",
			[]string{`2:1-2:12 bad-front-matter: front matter: not valid YAML: did not find expected key`}},
		{"quoted name", "---\r\nsubject: Sorry\r\nto: \"Lind, Maya\" <maya@example.com>\r\n---\r\n",
			[]string{`3:1-3:36 bad-front-matter: front matter: a quoted name followed by an address must be quoted as a whole: '"Lind, Maya" <maya@example.com>'`}},
		{"not a mapping", "---\n- a\n---\n", []string{`2:1-2:4 bad-front-matter: front matter: want "key: value" lines`}},
		{"wrong shape", "---\nsubject:\n  text: Sorry\n---\n", []string{`3:1-3:14 bad-front-matter: front matter: subject: want a single value`}},
		{"no place", "---\nto: *nobody\n---\n", []string{`1:1-1:4 bad-front-matter: front matter: not valid YAML: unknown anchor 'nobody' referenced`}},
		{"good", "---\nsubject: Sorry\nnotes: [any, keys]\n---\n", nil},
		{"unterminated is prose", "---\nsubject: [\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			own, rest := ownFindings(t, tt.src)
			if strings.Join(own, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("findings:\n\t%s\nwant\n\t%s", strings.Join(own, "\n\t"), strings.Join(tt.want, "\n\t"))
			}
			if tt.name == "unclosed list" && rest != "5:5-5:13 cond" {
				t.Errorf("body findings = %q", rest)
			}
		})
	}
}

// TestBuiltinsAreNotRules: the built-in checks cannot be chosen, turned
// off or configured, and say why.
func TestBuiltinsAreNotRules(t *testing.T) {
	l, err := New(testRules(), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{BadDirective, BadFrontMatter} {
		if !IsBuiltin(id) {
			t.Errorf("IsBuiltin(%q) = false", id)
		}
		for name, err := range map[string]error{"Only": l.Only(id), "Disable": l.Disable(id)} {
			if err == nil || !strings.Contains(err.Error(), "always on") {
				t.Errorf("%s(%q) = %v, want an always-on error", name, id, err)
			}
		}
		_, err := ParseConfig("c.yaml", []byte("rules:\n  "+id+": off\n"), testRules())
		var ce *ConfigError
		if !errors.As(err, &ce) || ce.Line != 2 || !strings.Contains(ce.Msg, "always on") {
			t.Errorf("config turning %s off: %v", id, err)
		}
	}
	// With --rule, the built-in checks still report.
	if err := l.Only("promise"); err != nil {
		t.Fatal(err)
	}
	if got := brief(l.Lint("x.md", []byte("<!-- apology-lint disable conx -->\n"))); got != "1:27-1:31 bad-directive" {
		t.Errorf("with only one rule on: %q", got)
	}
}

func TestEditDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want int
	}{{"disabel", "disable", 1}, {"hedgeing", "hedging", 1}, {"", "abc", 3}, {"kitten", "sitting", 3}, {"same", "same", 0}} {
		if got := editDistance(tt.a, tt.b); got != tt.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}
