package lint

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/apology-cli/apology/pkg/source"
)

// testRules exercise the engine; the real catalogue lives in package rules.
func testRules() []*Rule {
	return []*Rule{
		{ID: "cond", Severity: Error, Message: "conditional: {phrase}", Suggestion: "drop the if",
			Phrases: []string{"(sorry|apologize) .. if"}},
		{ID: "but", Severity: Error, Message: "but", Phrases: []string{"sorry , but|though"}},
		{ID: "promise", Severity: Warning, Message: "promise",
			Phrases: []string{"i will (never|always)"}, Except: []string{"i will always remember"}},
		{ID: "start", Severity: Suggestion, Message: "start", Phrases: []string{"^ anyway"}},
		{ID: "end", Severity: Suggestion, Message: "end", Phrases: []string{"or else $"}},
		{ID: "missing-sorry", Severity: Error, Message: "no apology", Document: true,
			Phrases: []string{"i am sorry", "i apologize"}, Except: []string{"i am not sorry"}},
	}
}

func lintString(t *testing.T, src string) []Finding {
	t.Helper()
	l, err := New(testRules(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return l.Lint("x.md", []byte(src))
}

// brief renders findings as "line:col-endline:endcol rule".
func brief(fs []Finding) string {
	var out []string
	for _, f := range fs {
		out = append(out, fmt.Sprintf("%d:%d-%d:%d %s", f.Line, f.Column, f.EndLine, f.EndColumn, f.Rule))
	}
	return strings.Join(out, "; ")
}

func TestLintProse(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"plain", "I'm sorry if you were hurt.\n", "1:5-1:13 cond"},
		{"gap", "I apologize to you all if it hurt.\n", "1:3-1:26 cond"},
		{"gap too long", "I apologize to all of you if it hurt.\n", ""},
		{"soft line break", "I'm sorry\nif you were hurt.\n", "1:5-2:3 cond"},
		{"crlf", "Hi.\r\n\r\nI'm sorry\r\nif it hurt.\r\n", "3:5-4:3 cond"},
		{"bom", "\ufeffsorry if\n", "0:0-0:0 missing-sorry; 1:1-1:9 cond"},
		{"curly", "I’m sorry, though.\n", "1:5-1:18 but"},
		{"runs of spaces", "I'm    sorry     if.\n", "1:8-1:20 cond"},
		{"columns count characters", "Ça été. I'm sorry if.\n", "1:13-1:21 cond"},
		{"a decimal point is no sentence end", "I'm sorry, £3.50, if you ask.\n", "1:5-1:21 cond"},
		{"an abbreviation is no sentence end", "I'm sorry, Mr. Okafor, if it hurt.\n", "1:5-1:26 cond"},
		{"sentence boundary stops a match", "I'm sorry. If you want.\n", ""},
		{"paragraph boundary stops a match", "I'm sorry\n\nif you want.\n", ""},
		{"except cancels", "I'm sorry. I will always remember it.\n", ""},
		{"except only where it overlaps", "I'm sorry. I will always remember. I will never lie.\n", "1:36-1:48 promise"},
		{"sentence start", "I'm sorry. Anyway, it's done. And anyway no.\n", "1:12-1:18 start"},
		{"sentence end", "I'm sorry. Do it or else. Or else what?\n", "1:18-1:25 end"},
		{"comma assertion", "I'm sorry but no.\n", ""},
		{"missing document component", "We regret it.\n", "0:0-0:0 missing-sorry"},
		{"negated evidence is no evidence", "I'm not sorry.\n", "0:0-0:0 missing-sorry"},
		{"empty", "", "0:0-0:0 missing-sorry"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := brief(lintString(t, tt.src))
			if !strings.Contains(tt.want, "missing-sorry") {
				// The document rule is tested on its own below.
				got = strings.TrimPrefix(strings.TrimPrefix(got, "0:0-0:0 missing-sorry"), "; ")
			}
			if got != tt.want {
				t.Errorf("findings = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestLintSkipsWhatIsNotProse(t *testing.T) {
	src := `---
subject: sorry if
---

# Sorry if heading

> I'm sorry if quoted.

` + "```" + `
sorry if code
` + "```" + `

    sorry if indented code

Text ` + "`sorry if`" + ` code span, [sorry if](https://example.com/sorry-if), ![sorry if](x.png).

<div>sorry if html</div>

- item: sorry if listed
- *sorry* **if** emphasised
`
	got := brief(lintString(t, src))
	want := "0:0-0:0 missing-sorry; 5:3-5:11 cond; 15:29-15:37 cond; 19:9-19:17 cond; 20:4-20:15 cond"
	if got != want {
		t.Errorf("findings = %q\nwant        %q", got, want)
	}
}

func TestDirectives(t *testing.T) {
	src := `I'm sorry if one.

<!-- apology-lint disable cond -->
I'm sorry if two.
<!-- apology-lint enable cond -->

I'm sorry if three. <!-- apology-lint disable -->
I'm sorry if four.
<!-- apology-lint enable -->

<!-- apology-lint disable-next-line cond,promise -->
I'm sorry if five. I will never.
I'm sorry if six.

<!-- apology-lint disable but -->
I'm sorry if seven.

<!-- apology-lint disable missing-sorry -->
`
	got := brief(lintString(t, src))
	want := "1:5-1:13 cond; 7:5-7:13 cond; 13:5-13:13 cond; 16:5-16:13 cond"
	if got != want {
		t.Errorf("findings = %q\nwant        %q", got, want)
	}
}

func TestFindingFields(t *testing.T) {
	fs := lintString(t, "I am sorry if it hurt.\n")
	if len(fs) != 1 {
		t.Fatalf("got %d findings, want 1: %s", len(fs), brief(fs))
	}
	f := fs[0]
	if f.File != "x.md" || f.Rule != "cond" || f.Severity != Error ||
		f.Message != "conditional: sorry if" || f.Suggestion != "drop the if" {
		t.Errorf("finding = %+v", f)
	}
}

func TestNewRejectsBadPatternsAndConfig(t *testing.T) {
	if _, err := New([]*Rule{{ID: "x", Phrases: []string{"(unclosed"}}}, nil); err == nil {
		t.Error("New accepted an unbalanced pattern")
	}
	cfg := &Config{Severity: map[string]Severity{"nope": Error}}
	if _, err := New(testRules(), cfg); err == nil {
		t.Error("New accepted a config for an unknown rule")
	}
}

func TestSeverityOverride(t *testing.T) {
	cfg := &Config{Severity: map[string]Severity{"cond": Suggestion, "missing-sorry": Off}}
	l, err := New(testRules(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	fs := l.Lint("x.md", []byte("sorry if\n"))
	if len(fs) != 1 || fs[0].Severity != Suggestion {
		t.Errorf("findings = %+v", fs)
	}
}

func TestQuotedFlag(t *testing.T) {
	tests := []struct {
		src    string
		quoted string // the words flagged Quoted, space-separated
	}{
		{`You said "it was fine" and left.`, "it was fine"},
		{"You said \u201cit was fine\u201d and left.", "it was fine"},
		{"You said \u2018it was fine\u2019 and left.", "it was fine"},
		{`You said 'it was fine' and left.`, "it was fine"},
		{`It's Maya's and the dogs' bowl, isn't it?`, ""},
		{"I'm sorry. \"Open\n\nNew paragraph.", "open"},
	}
	for _, tt := range tests {
		l, err := New(testRules(), nil)
		if err != nil {
			t.Fatal(err)
		}
		src := []byte(tt.src)
		p := parseRange(src, 0, len(src), l.m, parsed{})
		var got []string
		for _, tok := range p.tokens {
			if tok.Flags&Quoted != 0 {
				got = append(got, strings.ToLower(string(src[tok.Start:tok.End])))
			}
		}
		if g := strings.Join(got, " "); g != tt.quoted {
			t.Errorf("%q: quoted words %q, want %q", tt.src, g, tt.quoted)
		}
	}
}

func TestFails(t *testing.T) {
	fs := []Finding{{Severity: Warning}, {Severity: Suggestion}}
	for _, tt := range []struct {
		failOn Severity
		want   bool
	}{{Error, false}, {Warning, true}, {Suggestion, true}} {
		if got := Fails(fs, tt.failOn); got != tt.want {
			t.Errorf("Fails(warning+suggestion, %v) = %v, want %v", tt.failOn, got, tt.want)
		}
	}
	if Fails(nil, Suggestion) {
		t.Error("no findings fail")
	}
}

func TestExceptSentence(t *testing.T) {
	rules := []*Rule{{ID: "gift", Severity: Warning, Message: "m",
		Phrases: []string{"i bought you"}, ExceptSentence: []string{"forgive me"}}}
	l, err := New(rules, nil)
	if err != nil {
		t.Fatal(err)
	}
	for src, want := range map[string]string{
		"I bought you flowers so you'll forgive me.": "",
		"Forgive me, I bought you flowers.":          "",
		"I bought you flowers. Please forgive me.":   "1:1-1:13 gift",
		"I bought you flowers. I bought you a card.": "1:1-1:13 gift; 1:23-1:35 gift",
	} {
		if got := brief(l.Lint("x", []byte(src))); got != want {
			t.Errorf("%q: findings %q, want %q", src, got, want)
		}
	}
}

// TestLintContext: LintContext refuses a letter nested past
// source.MaxDepth, naming the line, and stops when its context is done.
func TestLintContext(t *testing.T) {
	l, err := New(testRules(), nil)
	if err != nil {
		t.Fatal(err)
	}
	var deep strings.Builder
	deep.WriteString("I'm sorry if it hurt.\n\n")
	for i := range 40 {
		deep.WriteString(strings.Repeat("  ", i) + "- sorry if\n")
	}
	_, err = l.LintContext(context.Background(), "deep.md", []byte(deep.String()))
	var de *source.DepthError
	if !errors.As(err, &de) || de.Line != 3+source.MaxDepth {
		t.Fatalf("err = %v, want a DepthError at line %d", err, 3+source.MaxDepth)
	}
	// Lint itself reads the lines too deep to nest as text.
	if got := brief(l.Lint("deep.md", []byte(deep.String()))); !strings.HasPrefix(got, "1:5-1:13 cond") {
		t.Errorf("Lint = %s", got)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := l.LintContext(ctx, "x.md", []byte("I'm sorry if it hurt.\n")); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v", err)
	}
}

func TestDocumentRuleHasNoRun(t *testing.T) {
	rules := []*Rule{{ID: "doc", Severity: Error, Message: "m", Document: true,
		Phrases: []string{"sorry"}, Run: func(*Pass) {}}}
	if _, err := New(rules, nil); err == nil || !strings.Contains(err.Error(), "doc") {
		t.Errorf("New = %v, want an error naming the rule", err)
	}
}
