package letter

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"text/template"

	"go.yaml.in/yaml/v3"

	"github.com/apology-cli/apology/templates"
)

// Letter is a drafted letter: the front matter the render and email
// commands read (to, from, subject) and the Markdown body.
type Letter struct {
	To      string `yaml:"to"`
	From    string `yaml:"from"`
	Subject string `yaml:"subject"`
	Body    string `yaml:"-"` // Markdown, ending in one newline
}

// Markdown is the letter with its YAML front matter.
func (l *Letter) Markdown() string {
	fm, err := yaml.Marshal(l)
	if err != nil {
		panic(err) // three strings always marshal
	}
	return "---\n" + string(fm) + "---\n\n" + l.Body
}

// Funcs are the functions templates may call, besides text/template's.
var Funcs = template.FuncMap{
	// sentence capitalises text and ends it with a full stop.
	"sentence": Sentence,
	// list writes commitments as a Markdown list of sentences.
	"list": func(items []string) string {
		var b strings.Builder
		for i, it := range items {
			if i > 0 {
				b.WriteByte('\n')
			}
			b.WriteString("- " + Sentence(it))
		}
		return b.String()
	},
	// lower lower-cases the first letter: "{{lower .Did}}".
	"lower": lowerFirst,
	// pick chooses one phrasing by the answers: {{pick .Seed "part" "a" "b"}}.
	"pick": pick,
	// variant numbers a choice among n phrasings the template writes out:
	// {{$v := variant .Seed "opening" 3}}{{if eq $v 0}}...{{end}}.
	"variant": func(seed uint64, part string, n int) int {
		if n <= 0 {
			return 0
		}
		opts := make([]string, n)
		for i := range opts {
			opts[i] = string(rune('a' + i))
		}
		return int(pick(seed, part, opts...)[0] - 'a')
	},
	// opening writes text to follow a lead-in: the first word loses the
	// capital a sentence start gave it ("From now on, {{opening .Plans}}"
	// writes "From now on, we'll ..."), a name or "I" keeps it.
	"opening": func(text any) string { return lowerWord(textOf(text)) },
	// open writes text without its closing full stop, for a clause to
	// follow: "{{open .Impact}}, and that was my fault."
	"open": func(text any) string { return strings.TrimSuffix(strings.TrimSpace(textOf(text)), ".") },
	// sentences writes sentences as one paragraph: {{sentences .Done}}.
	"sentences": func(items []string) string { return strings.Join(items, " ") },
}

// textOf is a template value as text: a string, or sentences joined.
func textOf(v any) string {
	switch t := v.(type) {
	case string:
		return t
	case []string:
		return strings.Join(t, " ")
	}
	return fmt.Sprint(v)
}

// Parse reads a template's text. Errors name the file and line.
func Parse(t templates.Template) (*template.Template, error) {
	tmpl, err := template.New(t.FileName()).Option("missingkey=error").Funcs(Funcs).Parse(t.Text)
	if err != nil {
		return nil, templateError(err)
	}
	return tmpl, nil
}

var execErr = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^template: (.*?): executing ".*?" at (<.*?>): (.*)$`)
})

// templateError drops text/template's "template: " prefix, so the error
// starts with file:line like a compiler's.
func templateError(err error) error {
	msg := err.Error()
	if m := execErr().FindStringSubmatch(msg); m != nil {
		return errors.New(m[1] + ": " + m[2] + ": " + m[3])
	}
	return errors.New(strings.TrimPrefix(msg, "template: "))
}

// Compose fills the template with the answers. Template errors (a key
// the data lacks, a bad call) name the file and line.
func Compose(tmpl *template.Template, a *Answers) (*Letter, error) {
	data, err := Data(a)
	if err != nil {
		return nil, err
	}
	var body bytes.Buffer
	if err := tmpl.Execute(&body, data); err != nil {
		return nil, templateError(err)
	}
	l := &Letter{To: data["To"].(string), From: data["From"].(string), Body: tidy(body.String())}
	if strings.TrimSpace(l.Body) == "" {
		return nil, fmt.Errorf("%s: the template wrote an empty letter", tmpl.Name())
	}
	if st := tmpl.Lookup("subject"); st != nil {
		var sub bytes.Buffer
		if err := st.Execute(&sub, data); err != nil {
			return nil, templateError(err)
		}
		l.Subject = Tidy(sub.String())
	}
	if l.Subject == "" {
		l.Subject = data["Im"].(string) + " sorry"
	}
	return l, nil
}

// Data is what a template sees: the answers fitted into sentences, the
// choices as flags, and pronouns that follow the answers' voice ("I" or
// "we"). Every key is always present, so a misspelt one is an error
// (missingkey=error), never "<no value>".
func Data(a *Answers) (map[string]any, error) {
	sorryFor, did, we, more, err := Act(a.WhatIDid, a.Relationship)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", Label(a.Where[KeyWhatIDid], KeyWhatIDid), err)
	}
	tone := a.EffectiveTone()
	formal := tone == "formal"
	v := voice{we: we, formal: formal, context: strings.Join([]string{a.WhatIDid, a.Impact, a.Why, a.Repair}, " ")}
	repair, repairDone, err := Repair(a.Repair, v)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", Label(a.Where[KeyRepair], KeyRepair), err)
	}
	var changes, plans, done []string
	for i, c := range a.Changes {
		text, isDone, err := Change(c, v)
		if err != nil {
			key := KeyChanges
			if len(a.Changes) > 1 {
				key = fmt.Sprintf("%s[%d]", KeyChanges, i)
			}
			return nil, fmt.Errorf("%s: %w", Label(a.Where[key], key), err)
		}
		changes = append(changes, text)
		if isDone {
			done = append(done, text)
		} else {
			plans = append(plans, text)
		}
	}
	if len(changes) == 0 {
		return nil, fmt.Errorf("%s: at least one commitment is needed", KeyChanges)
	}
	why := Statement(a.Why, we, "why")
	own := OwnWords(a.OwnWords, we)
	to := Name(a.Recipient)
	d := map[string]any{
		"To":             to,
		"Dear":           Salutation(a.Recipient),
		"Group":          isGroup(a.Recipient),
		"From":           Name(a.From),
		"Relationship":   a.Relationship,
		"Tone":           tone,
		"Formal":         formal,
		"Warm":           !formal,
		"Closing":        a.Closing,
		"GiveTime":       a.Closing != "ask-forgiveness" && a.Closing != "none",
		"AskForgiveness": a.Closing == "ask-forgiveness",
		"We":             we,
		"Did":            did,
		"SorryFor":       sorryFor,
		"More":           strings.Join(more, " "),
		"Impact":         Statement(a.Impact, we, "impact"),
		"Why":            why,
		"HasWhy":         why != "",
		"WhyDisclaimed":  disclaims(why),
		"Repair":         repair,
		"RepairDone":     repairDone,
		"Changes":        changes,
		"Change":         changes[0],
		"Many":           len(changes) > 1,
		"Plans":          plans,
		"Done":           done,
		"OwnWords":       own,
		"HasOwnWords":    own != "",
		"Seed":           seed(a),
	}
	for k, v := range pronouns(we) {
		d[k] = v
	}
	return d, nil
}

// Name is a name as the letter writes it: typed all in lower case
// ("jo"), it gets a capital; otherwise it is kept as written ("de Vries").
func Name(s string) string {
	s = Tidy(s)
	if strings.ToLower(s) == s {
		return upperFirst(s)
	}
	return s
}

// pronouns are the writer's words for themselves: {{.Im}} sorry,
// {{.I}} {{.was}} wrong, ... with {{.me}}.
func pronouns(we bool) map[string]string {
	if we {
		return map[string]string{
			"I": "We", "i": "we", "Im": "We're", "im": "we're", "Ive": "We've", "ive": "we've",
			"Ill": "We'll", "ill": "we'll", "Id": "We'd", "id": "we'd",
			"me": "us", "my": "our", "My": "Our", "mine": "ours", "myself": "ourselves",
			"am": "are", "was": "were",
		}
	}
	return map[string]string{
		"I": "I", "i": "I", "Im": "I'm", "im": "I'm", "Ive": "I've", "ive": "I've",
		"Ill": "I'll", "ill": "I'll", "Id": "I'd", "id": "I'd",
		"me": "me", "my": "my", "My": "My", "mine": "mine", "myself": "myself",
		"am": "am", "was": "was",
	}
}

var spaces = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(\S)  +`) })

// tidy cleans what a template wrote: no trailing spaces, no doubled
// spaces left by an empty optional part, one blank line between
// paragraphs, one newline at the end.
func tidy(s string) string {
	var out []string
	blank := true // drop leading blank lines
	for _, line := range strings.Split(s, "\n") {
		line = spaces().ReplaceAllString(strings.TrimRight(line, " \t\r"), "$1 ")
		if line == "" {
			if !blank {
				out = append(out, "")
			}
			blank = true
			continue
		}
		blank = false
		out = append(out, line)
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return strings.Join(out, "\n") + "\n"
}

// disclaims reports an explanation that already says it is no excuse
// ("not an excuse though"), which the letter then does not say again.
func disclaims(why string) bool {
	low := strings.ToLower(why)
	return strings.Contains(low, "excuse") || strings.Contains(low, "doesn't make it") || strings.Contains(low, "does not make it")
}
