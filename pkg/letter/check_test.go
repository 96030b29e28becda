package letter_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/apology-cli/apology/pkg/letter"
	"github.com/apology-cli/apology/pkg/lint"
	"github.com/apology-cli/apology/templates"
)

// TestAnswerRefusals: the answers the issue names (vague, conditional,
// blaming, minimizing, absolute) are refused with the rule's message;
// good answers pass; the whole-letter rules never judge one answer.
func TestAnswerRefusals(t *testing.T) {
	check := newChecker(t)
	tests := []struct {
		key, answer string
		rule        string // "" for a good answer
	}{
		{letter.KeyWhatIDid, "I'm sorry for everything", "vague-apology"},
		{letter.KeyWhatIDid, "sorry if you were hurt", "conditional-apology"},
		{letter.KeyWhatIDid, "I shouted because you made me angry", "blame-shift"},
		{letter.KeyImpact, "you're overreacting, it was just a joke", "minimizing"},
		{letter.KeyChanges, "I will never be late again", "absolute-promise"},
		{letter.KeyChanges, "never be late again", "absolute-promise"},
		{letter.KeyWhy, "I had no choice", "justification"},
		{letter.KeyWhatIDid, "I read your messages without asking", ""},
		{letter.KeyImpact, "You found out from your sister and had to leave the party early", ""},
		{letter.KeyRepair, "pay for a new lens", ""},
		{letter.KeyChanges, "ask before I pick up your phone", ""},
		{letter.KeyRecipient, "Alex", ""},
		{letter.KeyFrom, "Dana Reyes, Brightside Plumbing", ""},
	}
	for _, tt := range tests {
		findings, err := check.Answer(tt.key, tt.answer)
		if tt.rule == "" {
			if err != nil || len(findings) > 0 {
				t.Errorf("%s %q: refused: %v %v", tt.key, tt.answer, err, findings)
			}
			continue
		}
		if !hasRule(findings, tt.rule) {
			t.Errorf("%s %q: findings %v, want %s", tt.key, tt.answer, ruleIDs(findings), tt.rule)
		}
		// The prompt's refusal carries the rule's message and advice.
		verr := check.Validator(tt.key, false)(tt.answer)
		if verr == nil || verr.Error() != letter.Refusal(findings) {
			t.Errorf("%s %q: validator said %v", tt.key, tt.answer, verr)
		}
		for _, f := range findings {
			if f.Line == 0 {
				t.Errorf("%s %q: a whole-letter rule judged one answer: %s", tt.key, tt.answer, f.Rule)
			}
		}
	}
}

func TestAnswerShape(t *testing.T) {
	check := newChecker(t)
	tests := []struct {
		key, answer string
		optional    bool
		want        string // "" for accepted
	}{
		{letter.KeyRecipient, "   ", false, letter.ErrEmpty.Error()},
		{letter.KeyWhy, "", false, ""}, // why is optional
		{letter.KeyChanges, "", true, ""},
		{letter.KeyChanges, "", false, letter.ErrEmpty.Error()},
		{letter.KeyWhatIDid, "forgot your birthday", false, ""}, // the letter adds the "I"
		{letter.KeyWhatIDid, "you were upset", false, `as you would finish "I'm sorry I ..."`},
		{letter.KeyWhatIDid, "I'm sorry", false, `as you would finish "I'm sorry I ..."`},
		{letter.KeyChanges, "before I reply", false, `say it as something you will do`},
		{letter.KeyImpact, "bad", false, "say a little more"},
		{letter.KeyRelationship, "anything", false, ""}, // choices are not free text
	}
	for _, tt := range tests {
		err := check.Validator(tt.key, tt.optional)(tt.answer)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s %q: refused: %v", tt.key, tt.answer, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("%s %q: err = %v, want %q", tt.key, tt.answer, err, tt.want)
		}
	}
}

func TestCheckAnswersNamesWhere(t *testing.T) {
	check := newChecker(t)
	a, err := letter.ParseAnswers("a.yaml", []byte("impact: calm down, it was not a big deal\nchanges:\n  - ask first before I borrow things\n  - I will always call you back\n"))
	if err != nil {
		t.Fatal(err)
	}
	findings, err := check.Answers(a)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, f := range findings {
		got[f.Key] = f.Where + " " + f.Rule
	}
	if got["impact"] != "a.yaml:1 minimizing" || got["changes[1]"] != "a.yaml:4 absolute-promise" || len(got) != 2 {
		t.Errorf("findings by key = %v", got)
	}

	a, _ = letter.ParseAnswers("a.yaml", []byte("what_i_did: you were upset\n"))
	_, err = check.Answers(a)
	var ae *letter.AnswerError
	if !errors.As(err, &ae) || !strings.HasPrefix(err.Error(), "a.yaml:1: what_i_did: say what you did") {
		t.Errorf("err = %v", err)
	}
}

func hasRule(fs []lint.Finding, rule string) bool {
	for _, f := range fs {
		if f.Rule == rule {
			return true
		}
	}
	return false
}

func ruleIDs(fs []lint.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Rule)
	}
	return out
}

// TestBlameNamesTheAnswer checks that a finding in a drafted letter names
// the answer it comes from: a line rule by the sentence the answer became,
// a whole-letter rule by the answer it asks for, and template words none.
func TestBlameNamesTheAnswer(t *testing.T) {
	check := newChecker(t)
	src := "recipient: Sam\nrelationship: friend\nwhat_i_did: forgot your birthday\nimpact: you waited all evening\n" +
		"repair: dinner on me this week\nchanges:\n  - check the calendar every sunday\n  - I will always call you back\nclosing: give-time\nfrom: Alex\n"
	a, err := letter.ParseAnswers("a.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	tm, err := templates.Lookup(letter.TemplateFor(a.Relationship), "", "")
	if err != nil {
		t.Fatal(err)
	}
	tmpl, err := letter.Parse(tm)
	if err != nil {
		t.Fatal(err)
	}
	l, err := letter.Compose(tmpl, a)
	if err != nil {
		t.Fatal(err)
	}
	md := l.Markdown()
	// The letter with its changes paragraph cut out lacks a change.
	var kept []string
	for _, para := range strings.Split(md, "\n\n") {
		if !strings.Contains(para, "calendar") {
			kept = append(kept, para)
		}
	}
	cut := strings.Join(kept, "\n\n")
	got := map[string]string{}
	for _, text := range []string{md, cut} {
		for _, b := range check.Blame(a, text, check.Letter("letter", []byte(text))) {
			got[b.Rule] = letter.Label(b.Where, b.Key)
		}
	}
	if got["absolute-promise"] != "a.yaml:8: changes[1]" || got["missing-change"] != "a.yaml:7: changes" {
		t.Errorf("blamed = %v\n%s", got, md)
	}
	// Template words are nobody's answer.
	own := lint.Finding{Rule: "vague-apology", Offset: strings.Index(md, "Hi Sam"), EndOffset: strings.Index(md, "Hi Sam") + 6}
	if b := check.Blame(a, md, []lint.Finding{own}); b[0].Key != "" {
		t.Errorf("template words blamed on %q", b[0].Key)
	}
}
