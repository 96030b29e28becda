// Package letter turns the answers of the `apology draft` interview into
// a letter: it reads answers files, checks each answer with the lint
// rules, and fills a template with them.
package letter

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/apology-cli/apology/pkg/yamlerr"
)

// Answer keys, as written in answers files, in interview order.
const (
	KeyRecipient    = "recipient"
	KeyRelationship = "relationship"
	KeyWhatIDid     = "what_i_did"
	KeyImpact       = "impact"
	KeyWhy          = "why"
	KeyRepair       = "repair"
	KeyChanges      = "changes"
	KeyOwnWords     = "own_words"
	KeyClosing      = "closing"
	KeyTone         = "tone"
	KeyFrom         = "from"
)

// Keys lists every answer key in interview order.
var Keys = []string{KeyRecipient, KeyRelationship, KeyWhatIDid, KeyImpact, KeyWhy, KeyRepair, KeyChanges, KeyOwnWords, KeyClosing, KeyTone, KeyFrom}

// Choices of the keys that take one of a few values.
var (
	Relationships = []string{"partner", "friend", "family", "colleague", "customer", "other"}
	Closings      = []string{"give-time", "ask-forgiveness", "none"}
	Tones         = []string{"warm", "formal"}
)

// Required reports whether a letter needs the answer: every key but why
// (an explanation is optional), own_words (anything else the writer wants
// to say) and tone (it follows the relationship).
func Required(key string) bool { return key != KeyWhy && key != KeyTone && key != KeyOwnWords }

// Choices returns the values a key may take, or nil for free text.
func Choices(key string) []string {
	switch key {
	case KeyRelationship:
		return Relationships
	case KeyClosing:
		return Closings
	case KeyTone:
		return Tones
	}
	return nil
}

// FreeText reports whether the key's answer is the person's own words.
func FreeText(key string) bool { return Choices(key) == nil }

// Answers are what the person said in the interview, in their words.
type Answers struct {
	Recipient    string   `yaml:"recipient" json:"recipient"`
	Relationship string   `yaml:"relationship" json:"relationship"`
	WhatIDid     string   `yaml:"what_i_did" json:"what_i_did"`
	Impact       string   `yaml:"impact" json:"impact"`
	Why          string   `yaml:"why,omitempty" json:"why,omitempty"`
	Repair       string   `yaml:"repair" json:"repair"`
	Changes      []string `yaml:"changes" json:"changes"`
	OwnWords     string   `yaml:"own_words,omitempty" json:"own_words,omitempty"`
	Closing      string   `yaml:"closing" json:"closing"`
	Tone         string   `yaml:"tone,omitempty" json:"tone,omitempty"`
	From         string   `yaml:"from" json:"from"`

	// Where says, per key, where the answer came from ("answers.yaml:4",
	// "--impact"), for messages about it; no entry for typed answers.
	Where map[string]string `yaml:"-" json:"-"`
}

// Get returns one answer; for changes, the commitments one per line.
func (a *Answers) Get(key string) string {
	if p := a.field(key); p != nil {
		return *p
	}
	if key == KeyChanges {
		return strings.Join(a.Changes, "\n")
	}
	return ""
}

// Set stores one answer, tidied (see Tidy); for changes, one commitment
// per line. It reports an unknown key.
func (a *Answers) Set(key, value string) error {
	if p := a.field(key); p != nil {
		*p = Tidy(value)
		return nil
	}
	if key == KeyChanges {
		a.Changes = nil
		for _, line := range strings.Split(value, "\n") {
			if c := TidyItem(line); c != "" {
				a.Changes = append(a.Changes, c)
			}
		}
		return nil
	}
	return fmt.Errorf("unknown answer %q (want %s)", key, strings.Join(Keys, ", "))
}

// SetWhere records where an answer came from.
func (a *Answers) SetWhere(key, where string) {
	if a.Where == nil {
		a.Where = map[string]string{}
	}
	a.Where[key] = where
}

func (a *Answers) field(key string) *string {
	switch key {
	case KeyRecipient:
		return &a.Recipient
	case KeyRelationship:
		return &a.Relationship
	case KeyWhatIDid:
		return &a.WhatIDid
	case KeyImpact:
		return &a.Impact
	case KeyWhy:
		return &a.Why
	case KeyRepair:
		return &a.Repair
	case KeyOwnWords:
		return &a.OwnWords
	case KeyClosing:
		return &a.Closing
	case KeyTone:
		return &a.Tone
	case KeyFrom:
		return &a.From
	}
	return nil
}

// Has reports whether the key has an answer.
func (a *Answers) Has(key string) bool {
	if key == KeyChanges {
		return len(a.Changes) > 0
	}
	return a.Get(key) != ""
}

// Missing lists the required keys without an answer, in interview order.
func (a *Answers) Missing() []string {
	var out []string
	for _, k := range Keys {
		if Required(k) && !a.Has(k) {
			out = append(out, k)
		}
	}
	return out
}

// Empty reports whether no key has an answer.
func (a *Answers) Empty() bool {
	for _, k := range Keys {
		if a.Has(k) {
			return false
		}
	}
	return true
}

// CheckChoices reports the first answer that is not one of its key's
// choices, naming where it came from.
func (a *Answers) CheckChoices() error {
	for _, k := range Keys {
		choices := Choices(k)
		v := a.Get(k)
		if choices == nil || v == "" || slices.Contains(choices, v) {
			continue
		}
		return fmt.Errorf("%s: %q is not one of %s", Label(a.Where[k], k), v, strings.Join(choices, ", "))
	}
	return nil
}

// Label names an answer in a message: "answers.yaml:4: impact", or the
// flag that gave it ("--impact"), or just the key.
func Label(where, key string) string {
	switch {
	case where == "":
		return key
	case strings.HasPrefix(where, "--"):
		return where
	}
	return where + ": " + key
}

// EffectiveTone is the chosen tone, or the relationship's default.
func (a *Answers) EffectiveTone() string {
	if a.Tone != "" {
		return a.Tone
	}
	return DefaultTone(a.Relationship)
}

// DefaultTone is warm for people close to you and formal for work.
func DefaultTone(relationship string) string {
	switch relationship {
	case "colleague", "customer":
		return "formal"
	}
	return "warm"
}

// TemplateFor names the built-in template of a relationship.
func TemplateFor(relationship string) string {
	if relationship == "other" || relationship == "" {
		return "general"
	}
	return relationship
}

// Tidy trims an answer and folds its line breaks and runs of spaces into
// single spaces: every answer becomes part of a sentence in the letter.
func Tidy(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// TidyItem tidies one commitment and drops a list marker ("- ", "* ",
// "1.") typed in front of it.
func TidyItem(s string) string {
	s = Tidy(s)
	for _, m := range []string{"- ", "* ", "+ ", "• "} {
		if strings.HasPrefix(s, m) {
			return strings.TrimSpace(s[len(m):])
		}
	}
	if i := strings.IndexAny(s, ".)"); i > 0 && i <= 3 && strings.Trim(s[:i], "0123456789") == "" && strings.HasPrefix(s[i+1:], " ") {
		return strings.TrimSpace(s[i+1:])
	}
	return s
}

// MaxAnswersSize bounds an answers file: a letter's answers are a few
// kilobytes, so anything much larger is the wrong file.
const MaxAnswersSize = 1 << 20

// ParseError names the file, the line and the key of a bad answer.
type ParseError struct {
	File string
	Line int // 0 when unknown
	Key  string
	Msg  string
}

func (e *ParseError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	if e.Key != "" {
		b.WriteString(": ")
		b.WriteString(e.Key)
	}
	b.WriteString(": ")
	b.WriteString(e.Msg)
	return b.String()
}

// ParseAnswers reads an answers file, YAML or JSON, with the keys of
// Keys; changes is a list (a single text is one commitment). name is
// only used in errors and in Where. An empty file has no answers.
func ParseAnswers(name string, data []byte) (*Answers, error) {
	a := &Answers{}
	if len(data) > MaxAnswersSize {
		return nil, &ParseError{File: name, Msg: fmt.Sprintf("%d bytes is too large for an answers file", len(data))}
	}
	if !utf8.Valid(data) {
		return nil, &ParseError{File: name, Msg: "not UTF-8 text"}
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, &ParseError{File: name, Msg: "binary file, not answers"}
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) > 0 && (trimmed[0] == '{' || trimmed[0] == '[') {
		// JSON: check it as JSON for precise errors, then read it as the
		// YAML it also is, for line numbers. Valid JSON holds no raw tabs
		// inside strings, so tabs are only layout, which YAML dislikes.
		if err := checkJSON(name, data); err != nil {
			return nil, err
		}
		data = bytes.ReplaceAll(data, []byte("\t"), []byte(" "))
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		line, msg := yamlerr.Locate(err, data)
		return nil, &ParseError{File: name, Line: line, Msg: "not valid YAML or JSON: " + msg}
	}
	if len(doc.Content) == 0 {
		return a, nil
	}
	top := doc.Content[0]
	if top.Kind != yaml.MappingNode {
		return nil, &ParseError{File: name, Line: top.Line, Msg: "expected a mapping of answers (" + strings.Join(Keys, ", ") + ")"}
	}
	seen := map[string]int{}
	for i := 0; i+1 < len(top.Content); i += 2 {
		k, v := top.Content[i], top.Content[i+1]
		key := k.Value
		if k.Kind != yaml.ScalarNode || !slices.Contains(Keys, key) {
			return nil, &ParseError{File: name, Line: k.Line, Msg: fmt.Sprintf("unknown key %q (want %s)", key, strings.Join(Keys, ", "))}
		}
		if first, dup := seen[key]; dup {
			return nil, &ParseError{File: name, Line: k.Line, Key: key, Msg: fmt.Sprintf("given twice (first on line %d)", first)}
		}
		seen[key] = k.Line
		if v.Kind == yaml.AliasNode {
			v = v.Alias
		}
		a.SetWhere(key, fmt.Sprintf("%s:%d", name, v.Line))
		if key == KeyChanges {
			items, lines, err := changeItems(name, v)
			if err != nil {
				return nil, err
			}
			a.Changes = items
			for j, line := range lines {
				a.SetWhere(fmt.Sprintf("%s[%d]", KeyChanges, j), fmt.Sprintf("%s:%d", name, line))
			}
			continue
		}
		s, ok := scalarText(v)
		if !ok {
			return nil, &ParseError{File: name, Line: v.Line, Key: key, Msg: "expected text, not " + kindName(v)}
		}
		_ = a.Set(key, s)
	}
	return a, nil
}

// changeItems reads changes: a list of texts, or one text. lines are
// where each kept item is.
func changeItems(name string, v *yaml.Node) (items []string, lines []int, err error) {
	if s, ok := scalarText(v); ok {
		if c := TidyItem(s); c != "" {
			return []string{c}, []int{v.Line}, nil
		}
		return nil, nil, nil
	}
	if v.Kind != yaml.SequenceNode {
		return nil, nil, &ParseError{File: name, Line: v.Line, Key: KeyChanges, Msg: "expected a list of commitments, not " + kindName(v)}
	}
	for j, item := range v.Content {
		if item.Kind == yaml.AliasNode {
			item = item.Alias
		}
		s, ok := scalarText(item)
		if !ok {
			return nil, nil, &ParseError{File: name, Line: item.Line, Key: fmt.Sprintf("%s[%d]", KeyChanges, j), Msg: "expected text, not " + kindName(item)}
		}
		if c := TidyItem(s); c != "" {
			items = append(items, c)
			lines = append(lines, item.Line)
		}
	}
	return items, lines, nil
}

// scalarText returns a scalar's text; null is the empty answer.
func scalarText(v *yaml.Node) (string, bool) {
	if v == nil || v.Kind != yaml.ScalarNode {
		return "", false
	}
	if v.Tag == "!!null" {
		return "", true
	}
	return v.Value, true
}

func kindName(v *yaml.Node) string {
	if v == nil {
		return "nothing"
	}
	switch v.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	}
	return "a value"
}

// checkJSON reports a JSON syntax error with its line.
func checkJSON(name string, data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	var v any
	err := dec.Decode(&v)
	if err == nil {
		if _, err2 := dec.Token(); err2 == nil {
			return &ParseError{File: name, Line: lineAt(data, int(dec.InputOffset())), Msg: "not valid JSON: text after the answers object"}
		}
		return nil
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return &ParseError{File: name, Line: lineAt(data, int(se.Offset)), Msg: "not valid JSON: " + se.Error()}
	}
	return &ParseError{File: name, Msg: "not valid JSON: " + err.Error()}
}

// lineAt is the 1-based line of a byte offset.
func lineAt(data []byte, off int) int {
	if off > len(data) {
		off = len(data)
	}
	if off < 0 {
		off = 0
	}
	return bytes.Count(data[:off], []byte("\n")) + 1
}
