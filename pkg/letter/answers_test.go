package letter

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParseAnswers(t *testing.T) {
	yamlFile := `# answers
recipient: Alex
relationship: partner
what_i_did: |
  I read your messages
  without asking
impact: You felt you had no privacy
why:
repair: pay for counselling
changes:
  - "- ask before I touch your phone"
  - tell you when something worries me
closing: give-time
tone: formal
from: Sam
`
	a, err := ParseAnswers("answers.yaml", []byte(yamlFile))
	if err != nil {
		t.Fatal(err)
	}
	want := Answers{
		Recipient: "Alex", Relationship: "partner",
		WhatIDid: "I read your messages without asking",
		Impact:   "You felt you had no privacy", Repair: "pay for counselling",
		Changes: []string{"ask before I touch your phone", "tell you when something worries me"},
		Closing: "give-time", Tone: "formal", From: "Sam",
	}
	got := *a
	got.Where = nil
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %#v\nwant %#v", got, want)
	}
	for key, where := range map[string]string{"recipient": "answers.yaml:2", "what_i_did": "answers.yaml:4", "changes[1]": "answers.yaml:12"} {
		if a.Where[key] != where {
			t.Errorf("Where[%s] = %q, want %q", key, a.Where[key], where)
		}
	}

	jsonFile := "{\n\t\"recipient\": \"Alex\",\n\t\"changes\": \"ask first\",\n\t\"why\": null\n}\n"
	a, err = ParseAnswers("a.json", []byte(jsonFile))
	if err != nil {
		t.Fatal(err)
	}
	if a.Recipient != "Alex" || !reflect.DeepEqual(a.Changes, []string{"ask first"}) || a.Where["changes"] != "a.json:3" {
		t.Errorf("JSON answers = %#v", a)
	}

	for _, empty := range []string{"", "# nothing yet\n", "\ufeff"} {
		a, err := ParseAnswers("e.yaml", []byte(empty))
		if err != nil || !a.Empty() {
			t.Errorf("ParseAnswers(%q) = %#v, %v; want no answers", empty, a, err)
		}
	}
}

func TestParseAnswersErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"yaml syntax", "recipient: Alex\n  relationship: [\n", "a.yaml:2: not valid YAML or JSON: "},
		{"unclosed list", "recipient: Alex\nchanges:\n  - [ask first\n", "a.yaml:3: not valid YAML or JSON: did not find expected ',' or ']'"},
		{"stray text on line 1", "recipient: \"Alex\" Smith\n", "a.yaml:1: not valid YAML or JSON: did not find expected key"},
		{"not a mapping", "- Alex\n", "a.yaml:1: expected a mapping of answers"},
		{"unknown key", "recipient: Alex\nreciepient: Al\n", `a.yaml:2: unknown key "reciepient" (want recipient,`},
		{"twice", "recipient: Alex\nfrom: Sam\nrecipient: Al\n", "a.yaml:3: recipient: given twice (first on line 1)"},
		{"not text", "recipient:\n  name: Alex\n", "a.yaml:2: recipient: expected text, not a mapping"},
		{"list for text", "impact: [a, b]\n", "a.yaml:1: impact: expected text, not a list"},
		{"changes not a list", "changes:\n  a: b\n", "a.yaml:2: changes: expected a list of commitments, not a mapping"},
		{"change not text", "changes:\n  - ask first\n  - [a]\n", "a.yaml:3: changes[1]: expected text, not a list"},
		{"json syntax", "{\n  \"recipient\": \"Alex\",\n}\n", "a.yaml:3: not valid JSON: "},
		{"json trailing", "{\"recipient\": \"Alex\"} {}\n", "a.yaml:1: not valid JSON: text after the answers object"},
		{"json array", "[1, 2]\n", "a.yaml:1: expected a mapping of answers"},
		{"binary", "recipient: \x00\n", "a.yaml: binary file, not answers"},
		{"not utf-8", "recipient: \xff\n", "a.yaml: not UTF-8 text"},
		{"too large", "why: " + strings.Repeat("x", MaxAnswersSize), "a.yaml: 1048581 bytes is too large"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseAnswers("a.yaml", []byte(tt.in))
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Fatalf("err = %v, want it to start with %q", err, tt.want)
			}
			var pe *ParseError
			if !errors.As(err, &pe) || strings.Contains(err.Error(), "\n") {
				t.Errorf("err = %#v: want a one-line *ParseError", err)
			}
		})
	}
}

func TestAnswersKeys(t *testing.T) {
	a := &Answers{}
	for _, k := range Keys {
		if err := a.Set(k, "  a  value\n"); err != nil {
			t.Fatalf("Set(%s): %v", k, err)
		}
		if got := a.Get(k); got != "a value" {
			t.Errorf("Get(%s) = %q", k, got)
		}
	}
	if err := a.Set("nope", "x"); err == nil {
		t.Error("Set of an unknown key: no error")
	}
	_ = a.Set(KeyChanges, "- one\n\n2. two\n")
	if !reflect.DeepEqual(a.Changes, []string{"one", "two"}) {
		t.Errorf("changes = %q", a.Changes)
	}
	b := &Answers{Recipient: "Alex", Why: "because"}
	if got := strings.Join(b.Missing(), ","); got != "relationship,what_i_did,impact,repair,changes,closing,from" {
		t.Errorf("Missing = %s", got)
	}
	b.Relationship, b.Where = "lover", map[string]string{"relationship": "a.yaml:3"}
	if err := b.CheckChoices(); err == nil || err.Error() != `a.yaml:3: relationship: "lover" is not one of partner, friend, family, colleague, customer, other` {
		t.Errorf("CheckChoices = %v", err)
	}
	b.Relationship, b.Tone, b.Where = "friend", "chilly", map[string]string{"tone": "--tone"}
	if err := b.CheckChoices(); err == nil || err.Error() != `--tone: "chilly" is not one of warm, formal` {
		t.Errorf("CheckChoices = %v", err)
	}
}

func TestDefaults(t *testing.T) {
	for rel, want := range map[string][2]string{
		"partner": {"warm", "partner"}, "friend": {"warm", "friend"}, "family": {"warm", "family"},
		"colleague": {"formal", "colleague"}, "customer": {"formal", "customer"}, "other": {"warm", "general"},
	} {
		a := &Answers{Relationship: rel}
		if a.EffectiveTone() != want[0] || TemplateFor(rel) != want[1] {
			t.Errorf("%s: tone %s, template %s; want %v", rel, a.EffectiveTone(), TemplateFor(rel), want)
		}
	}
	if a := (&Answers{Relationship: "customer", Tone: "warm"}); a.EffectiveTone() != "warm" {
		t.Error("a chosen tone is not kept")
	}
}

// FuzzParseAnswers: any bytes give answers or a one-line error naming the
// file, never a panic; parsed answers are tidy.
func FuzzParseAnswers(f *testing.F) {
	f.Add([]byte("recipient: Alex\nchanges:\n  - ask first\n"))
	f.Add([]byte("{\"recipient\": \"Alex\", \"changes\": [\"a\", \"b\"]}"))
	f.Add([]byte("a: &x [*x]\n"))
	f.Add([]byte("changes: &a\n  - *a\n"))
	f.Add([]byte("---\n...\n"))
	f.Add([]byte("recipient: !!binary aGk=\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseAnswers("f.yaml", data)
		if err != nil {
			msg := err.Error()
			if !strings.HasPrefix(msg, "f.yaml") || strings.Contains(msg, "\n") {
				t.Fatalf("error %q does not name the file on one line", msg)
			}
			return
		}
		for _, k := range Keys {
			v := a.Get(k)
			if k != KeyChanges && v != Tidy(v) {
				t.Fatalf("%s = %q is not tidy", k, v)
			}
			if !utf8.ValidString(v) {
				t.Fatalf("%s is not UTF-8", k)
			}
		}
		for _, c := range a.Changes {
			if c == "" || c != TidyItem(c) {
				t.Fatalf("change %q is not tidy", c)
			}
		}
	})
}
