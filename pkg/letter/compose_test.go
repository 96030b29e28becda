package letter_test

import (
	"strings"
	"testing"

	"github.com/apology-cli/apology/pkg/letter"
	"github.com/apology-cli/apology/templates"
)

func answers() *letter.Answers {
	return &letter.Answers{
		Recipient: "Alex", Relationship: "partner",
		WhatIDid: "I read your messages without asking",
		Impact:   "you found out from your sister", Repair: "pay for counselling",
		Changes: []string{"ask before I pick up your phone"}, Closing: "give-time", From: "Sam",
	}
}

func compose(t *testing.T, text string, a *letter.Answers) (*letter.Letter, error) {
	t.Helper()
	tmpl, err := letter.Parse(templates.Template{Name: "t", Path: "/home/sam/t.tmpl", Text: text})
	if err != nil {
		return nil, err
	}
	return letter.Compose(tmpl, a)
}

func TestComposeData(t *testing.T) {
	text := `{{define "subject"}}About {{.Did}}{{end}}{{.Im}} sorry {{.Did}}.   {{.Impact}}
{{if .HasWhy}}{{.Why}}{{end}}


{{.Repair}}
{{if .Many}}{{list .Changes}}{{else}}From now on, {{opening .Change}}{{end}}
{{.I}} {{.was}} wrong; {{.my}} fault, {{.me}}.
{{.From}}
`
	l, err := compose(t, text, answers())
	if err != nil {
		t.Fatal(err)
	}
	want := `I'm sorry I read your messages without asking. You found out from your sister.

I'll pay for counselling.
From now on, I'll ask before I pick up your phone.
I was wrong; my fault, me.
Sam
`
	if l.Body != want {
		t.Errorf("body:\n%s\nwant:\n%s", l.Body, want)
	}
	if l.Subject != "About I read your messages without asking" || l.To != "Alex" || l.From != "Sam" {
		t.Errorf("front matter = %q %q %q", l.To, l.From, l.Subject)
	}

	we := answers()
	we.WhatIDid = "we charged your card twice"
	we.Changes = []string{"check every order", "call you back"}
	we.Why = "a retry ran twice"
	l, err = compose(t, text, we)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"We're sorry we charged your card twice.", "A retry ran twice.", "We'll pay", "- We'll check every order.\n- We'll call you back.", "We were wrong; our fault, us."} {
		if !strings.Contains(l.Body, s) {
			t.Errorf("we-voice body lacks %q:\n%s", s, l.Body)
		}
	}
}

func TestComposeDefaultSubjectAndMarkdown(t *testing.T) {
	l, err := compose(t, "Dear {{.To}},\n", answers())
	if err != nil {
		t.Fatal(err)
	}
	want := "---\nto: Alex\nfrom: Sam\nsubject: I'm sorry\n---\n\nDear Alex,\n"
	if got := l.Markdown(); got != want {
		t.Errorf("Markdown = %q, want %q", got, want)
	}
	a := answers()
	a.Recipient = "Sam: the one with a colon"
	l, _ = compose(t, "x\n", a)
	if !strings.Contains(l.Markdown(), "to: 'Sam: the one with a colon'") {
		t.Errorf("front matter not quoted:\n%s", l.Markdown())
	}
}

// A template's mistakes are errors that name the file and line, and a
// missing key is never "<no value>".
func TestComposeTemplateErrors(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Dear {{.To}},\n{{.Recipent}}\n", `/home/sam/t.tmpl:2:2: <.Recipent>: map has no entry for key "Recipent"`},
		{"Dear {{.To}},\n\n{{if .Formal}}\n", `/home/sam/t.tmpl:4: unexpected EOF`},
		{"{{nosuch .To}}\n", `/home/sam/t.tmpl:1: function "nosuch" not defined`},
		{"{{index .Changes 5}}\n", `/home/sam/t.tmpl:1:2: <index .Changes 5>: error calling index: index out of range: 5`},
		{"{{/* nothing */}}\n  \n", `/home/sam/t.tmpl: the template wrote an empty letter`},
	}
	for _, tt := range tests {
		_, err := compose(t, tt.text, answers())
		if err == nil || err.Error() != tt.want {
			t.Errorf("%q: err = %v, want %s", tt.text, err, tt.want)
		}
	}
	a := answers()
	a.WhatIDid = "you were upset"
	if _, err := compose(t, "x", a); err == nil || !strings.Contains(err.Error(), "what_i_did: say what you did") {
		t.Errorf("not-first-person act: err = %v", err)
	}
}

func TestName(t *testing.T) {
	for in, want := range map[string]string{"jo": "Jo", "  mum ": "Mum", "de Vries": "de Vries", "Ms Okafor": "Ms Okafor", "élodie": "Élodie", "": ""} {
		if got := letter.Name(in); got != want {
			t.Errorf("Name(%q) = %q, want %q", in, got, want)
		}
	}
}
