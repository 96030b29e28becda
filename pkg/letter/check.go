package letter

import (
	"errors"
	"fmt"
	"strings"

	"github.com/apology-cli/apology/pkg/lint"
)

// Checker judges answers and letters with the lint rules, configured as
// `apology lint` is, so a drafted letter passes lint.
type Checker struct {
	linter   *lint.Linter
	document map[string]bool // ids of the rules about a whole letter
	// context are the answers given so far: an answer is checked after
	// the act it follows, as the letter reads it ("your ceiling was
	// soaked" after "our fitter drilled through a pipe").
	context *Answers
}

// SetContext gives the answers an answer is checked after (nil: none).
func (c *Checker) SetContext(a *Answers) { c.context = a }

// NewChecker wraps a linter built by the lint command's Setup.
func NewChecker(l *lint.Linter) *Checker {
	c := &Checker{linter: l, document: map[string]bool{}}
	for _, r := range l.Rules() {
		if r.Document {
			c.document[r.ID] = true
		}
	}
	return c
}

// Letter lints a whole letter with every enabled rule.
func (c *Checker) Letter(name string, text []byte) []lint.Finding {
	return c.linter.Lint(name, text)
}

// ErrEmpty is a required answer left empty.
var ErrEmpty = errors.New("an answer is needed here")

// errTooShort is an answer too short to say anything specific.
var errTooShort = errors.New("say a little more: a few words that name it specifically")

// Answer checks one answer as it will read in the letter. err is a
// problem no rule names (empty, too short, not in the first person);
// findings are what the line rules say about it. A single answer is not
// a whole letter, so the rules about a whole letter (missing-*) don't
// apply. Choice keys (relationship, closing, tone) are not checked here.
func (c *Checker) Answer(key, value string) ([]lint.Finding, error) {
	if !FreeText(key) {
		return nil, nil
	}
	value = Tidy(value)
	if value == "" {
		if Required(key) {
			return nil, ErrEmpty
		}
		return nil, nil
	}
	var texts []string
	var shapeErr error
	switch key {
	case KeyRecipient, KeyFrom:
		texts = append(texts, value)
	default:
		text, err := Preview(key, value, nil)
		if err != nil {
			shapeErr = err
			texts = append(texts, value)
			break
		}
		texts = append(texts, text)
		words := strings.Fields(value)
		if key == KeyChanges {
			words = strings.Fields(TidyItem(value))
		}
		if len(words) < 2 && key != KeyOwnWords {
			shapeErr = errTooShort
		}
	}
	// The act comes first in the letter: the answer is read after it.
	prefix := ""
	if a := c.context; a != nil && key != KeyWhatIDid && key != KeyRecipient && key != KeyFrom && a.WhatIDid != "" {
		if sorryFor, _, _, _, err := Act(a.WhatIDid, a.Relationship); err == nil {
			prefix = "I'm sorry " + sorryFor + ".\n"
		}
	}
	var out []lint.Finding
	seen := map[string]bool{}
	for _, t := range texts {
		for _, f := range c.linter.Lint(key, []byte(prefix+t)) {
			if c.document[f.Rule] || seen[f.Rule+"\x00"+f.Message] || f.Offset < len(prefix) {
				continue
			}
			if prefix != "" {
				f.Offset -= len(prefix)
				f.EndOffset -= len(prefix)
				f.Line--
			}
			seen[f.Rule+"\x00"+f.Message] = true
			out = append(out, f)
		}
	}
	if len(out) > 0 {
		return out, nil // the rule's advice says more than the shape check
	}
	return nil, shapeErr
}

// Validator checks an answer as it is typed, for a prompt: the refusal
// is the rule's message and suggestion, so the person can fix it there.
// optional lets an empty answer through (the "anything else?" prompts).
func (c *Checker) Validator(key string, optional bool) func(string) error {
	return func(s string) error {
		if optional && Tidy(s) == "" {
			return nil
		}
		findings, err := c.Answer(key, s)
		if err != nil {
			return err
		}
		if len(findings) == 0 {
			return nil
		}
		return errors.New(Refusal(findings))
	}
}

// Refusal says in one line why answers with these findings are refused.
func Refusal(findings []lint.Finding) string {
	f := findings[0]
	for _, g := range findings[1:] {
		if g.Severity > f.Severity {
			f = g
		}
	}
	msg := f.Message
	if f.Suggestion != "" {
		msg += ". Try: " + f.Suggestion
	}
	msg += " [" + f.Rule + "]"
	if n := len(findings) - 1; n > 0 {
		msg += fmt.Sprintf(" (and %d more)", n)
	}
	return msg
}

// AnswerFinding is a rule's finding about one answer.
type AnswerFinding struct {
	Key   string // the answer's key; changes[1] for the second commitment
	Where string // where the answer came from, if known
	lint.Finding
}

// AnswerError is an answer no letter can be made from.
type AnswerError struct {
	Key, Where string
	Err        error
}

func (e *AnswerError) Error() string { return Label(e.Where, e.Key) + ": " + e.Err.Error() }
func (e *AnswerError) Unwrap() error { return e.Err }

// Answers checks every free-text answer given. It returns the first
// answer that is malformed as an error, and every finding.
func (c *Checker) Answers(a *Answers) ([]AnswerFinding, error) {
	saved := c.context
	c.context = a
	defer func() { c.context = saved }()
	var out []AnswerFinding
	var first error
	check := func(key, label, value string) {
		where, ok := a.Where[label]
		if !ok {
			where = a.Where[key]
		}
		findings, err := c.Answer(key, value)
		if err != nil && !errors.Is(err, ErrEmpty) && first == nil {
			first = &AnswerError{Key: label, Where: where, Err: err}
		}
		for _, f := range findings {
			out = append(out, AnswerFinding{Key: label, Where: where, Finding: f})
		}
	}
	for _, k := range Keys {
		switch {
		case k == KeyChanges:
			for i, ch := range a.Changes {
				label := k
				if len(a.Changes) > 1 {
					label = fmt.Sprintf("%s[%d]", k, i)
				}
				check(k, label, ch)
			}
		case FreeText(k) && a.Has(k):
			check(k, k, a.Get(k))
		}
	}
	return out, first
}

// docKey is the answer a whole-letter finding asks for: a letter without
// a change needs a better answer to "changes", and so on.
var docKey = map[string]string{
	"missing-change":         KeyChanges,
	"missing-repair":         KeyRepair,
	"missing-responsibility": KeyWhatIDid,
	"missing-apology":        KeyWhatIDid,
}

// Blame says which answer each finding in a letter drafted from a comes
// from, so a letter-level finding names the answer to change: a
// whole-letter rule names the answer it asks for, a line rule the answer
// whose sentence holds the flagged words. A finding in the template's own
// words has no key.
func (c *Checker) Blame(a *Answers, md string, findings []lint.Finding) []AnswerFinding {
	type part struct{ key, label, text string }
	var parts []part
	add := func(key, label, value string) {
		if t, err := Preview(key, value, a); err == nil {
			parts = append(parts, part{key, label, squash(t)})
		}
	}
	for _, k := range Keys {
		switch {
		case k == KeyChanges:
			for i, ch := range a.Changes {
				label := k
				if len(a.Changes) > 1 {
					label = fmt.Sprintf("%s[%d]", k, i)
				}
				add(k, label, ch)
			}
		case FreeText(k) && a.Has(k) && k != KeyRecipient && k != KeyFrom:
			add(k, k, a.Get(k))
		}
	}
	out := make([]AnswerFinding, 0, len(findings))
	for _, f := range findings {
		af := AnswerFinding{Finding: f}
		if key, ok := docKey[f.Rule]; ok && c.document[f.Rule] {
			af.Key = key
		} else if f.Offset >= 0 && f.EndOffset <= len(md) && f.Offset < f.EndOffset {
			span := squash(md[f.Offset:f.EndOffset])
			for _, p := range parts {
				if strings.Contains(p.text, span) {
					af.Key = p.label
					break
				}
			}
		}
		if af.Key != "" {
			base, _, _ := strings.Cut(af.Key, "[")
			if w, ok := a.Where[af.Key]; ok {
				af.Where = w
			} else {
				af.Where = a.Where[base]
			}
		}
		out = append(out, af)
	}
	return out
}

// squash is text compared across line breaks and case.
func squash(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}
