// Package lint checks apology letters: it parses a letter once, finds the
// phrases every rule looks for in one pass, and collects the rules' findings.
package lint

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"slices"
	"sort"

	"github.com/apology-cli/apology/pkg/source"
)

// Linter runs a set of rules with a configuration. It is safe for
// concurrent use once built.
type Linter struct {
	rules   []*Rule
	enabled []bool
	sev     []Severity
	ids     []string // the rules' ids, for checking directives
	m       *matcher
}

// New compiles the rules' patterns. cfg may be nil (defaults). The error
// is a programming error in a rule's pattern or an unknown id in cfg.
func New(rules []*Rule, cfg *Config) (*Linter, error) {
	return NewPrecompiled(rules, cfg, nil)
}

// NewPrecompiled is New with the rules' matcher compiled ahead of time
// (see Compiled); when c is nil or stale the patterns are compiled now.
func NewPrecompiled(rules []*Rule, cfg *Config, c *Compiled) (*Linter, error) {
	var m *matcher
	if c != nil && c.Fingerprint == Fingerprint(rules) {
		m = matcherFrom(c, rules)
	} else {
		var err error
		if m, err = compileMatcher(rules); err != nil {
			return nil, err
		}
	}
	l := &Linter{rules: rules, m: m, enabled: make([]bool, len(rules)), sev: make([]Severity, len(rules)), ids: make([]string, len(rules))}
	for i, r := range rules {
		l.enabled[i], l.sev[i], l.ids[i] = true, r.Severity, r.ID
	}
	if cfg != nil {
		for id, s := range cfg.Severity {
			i := l.index(id)
			if i < 0 {
				return nil, fmt.Errorf("unknown rule %q", id)
			}
			l.sev[i] = s
			l.enabled[i] = s != Off
		}
	}
	return l, nil
}

func (l *Linter) index(id string) int {
	for i, r := range l.rules {
		if r.ID == id {
			return i
		}
	}
	return -1
}

// ownFindings are the findings of the linter's own checks (Builtins):
// the document's directives and front matter.
func (l *Linter) ownFindings(d *Document) []Finding {
	out := d.directiveFindings(l.ids)
	if e := d.frontMatter; e != nil {
		out = append(out, d.lineFinding(e.Line, BadFrontMatter, "front matter: "+e.Msg))
	}
	for i := range out {
		out[i].Suggestion = builtinSuggestion(out[i].Rule)
	}
	return out
}

// lineFinding is a finding of a built-in check over a whole line.
func (d *Document) lineFinding(line int, rule, msg string) Finding {
	line = max(1, min(line, len(d.lineStarts)))
	start, end := int(d.lineStarts[line-1]), len(d.Src)
	if line == 1 {
		start = d.bomLen
	}
	if line < len(d.lineStarts) {
		end = int(d.lineStarts[line]) - 1
	}
	end = start + len(bytes.TrimRight(d.Src[start:end], "\r"))
	if end == start && end < len(d.Src) {
		end++ // an empty line: its line break
	}
	f := Finding{Rule: rule, Severity: Error, Message: msg, Offset: start, EndOffset: end}
	f.Line, f.Column = d.Position(start)
	f.EndLine, f.EndColumn = d.Position(end)
	return f
}

// unknownRuleError is what a flag that names no rule of the linter says.
func unknownRuleError(id string) error {
	if IsBuiltin(id) {
		return builtinError(id)
	}
	return fmt.Errorf("unknown rule %q (see 'apology rules')", id)
}

// Rules returns the linter's rules in their registry order.
func (l *Linter) Rules() []*Rule { return l.rules }

// Only keeps just the given rules enabled (the --rule flag).
func (l *Linter) Only(ids ...string) error {
	keep := make([]bool, len(l.rules))
	for _, id := range ids {
		i := l.index(id)
		if i < 0 {
			return unknownRuleError(id)
		}
		keep[i] = true
	}
	for i := range l.enabled {
		l.enabled[i] = keep[i] && l.sev[i] != Off
		if keep[i] && l.sev[i] == Off {
			// Asking for a rule by name turns it back on at its default.
			l.sev[i], l.enabled[i] = l.rules[i].Severity, true
		}
	}
	return nil
}

// Disable turns rules off (the --disable flag).
func (l *Linter) Disable(ids ...string) error {
	for _, id := range ids {
		i := l.index(id)
		if i < 0 {
			return unknownRuleError(id)
		}
		l.enabled[i] = false
	}
	return nil
}

// Lint checks one letter. file names it in the findings. Findings come
// sorted by position, document findings (line 0) first. Unlike
// LintContext it checks a letter that nests lists past source.MaxDepth,
// reading the lines too deep to nest as text.
func (l *Linter) Lint(file string, src []byte) []Finding {
	f, _ := l.lint(context.Background(), file, src)
	return f
}

// LintContext is Lint for the commands: it refuses a letter that nests
// lists and quotes deeper than source.MaxDepth (a *source.DepthError
// naming the line), and stops with ctx's error soon after ctx is done.
func (l *Linter) LintContext(ctx context.Context, file string, src []byte) ([]Finding, error) {
	if err := source.CheckNesting(file, src); err != nil {
		return nil, err
	}
	return l.lint(ctx, file, src)
}

func (l *Linter) lint(ctx context.Context, file string, src []byte) ([]Finding, error) {
	d, raw, err := parseDocument(ctx, src, l.m)
	if err != nil {
		return nil, err
	}

	// The raw matches grouped by rule, in match order: each rule's
	// []Match is built when it runs and dropped after, so a long letter's
	// matches are not all held twice over.
	slices.SortStableFunc(raw, func(a, b rawMatch) int { return cmp.Compare(l.m.terms[a.term].rule, l.m.terms[b.term].rule) })

	var out []Finding
	for i, r := range l.rules {
		if !l.enabled[i] {
			continue
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		for len(raw) > 0 && l.m.terms[raw[0].term].rule < i {
			raw = raw[1:] // a disabled rule's
		}
		n := 0
		for n < len(raw) && l.m.terms[raw[n].term].rule == i {
			n++
		}
		mine := raw[:n]
		raw = raw[n:]
		matches := make([]Match, 0, len(mine))
		for _, rm := range mine {
			t := l.m.terms[rm.term]
			matches = append(matches, Match{Pattern: t.pattern, Start: int(rm.start), End: int(rm.end), Except: t.except, Sentence: t.sentence})
		}
		// The pass reports onto out itself: a letter can have hundreds of
		// thousands of findings, and copying them doubles their memory.
		n = len(out)
		p := &Pass{Rule: r, Doc: d, Matches: matches, findings: out}
		p.run()
		out = p.findings
		// Document findings (offset -1) first, then by position, so the
		// directives are followed once.
		slices.SortStableFunc(out[n:], func(a, b Finding) int { return cmp.Compare(a.Offset, b.Offset) })
		sup := d.suppression(r.ID)
		kept := n
		for _, f := range out[n:] {
			if f.Offset < 0 && d.suppressed(r.ID) || f.Offset >= 0 && sup.at(f.Offset) {
				continue
			}
			f.File = file
			f.Severity = l.sev[i]
			out[kept] = f
			kept++
		}
		clear(out[kept:])
		out = out[:kept]
	}
	for _, f := range l.ownFindings(d) {
		f.File = file
		out = append(out, f)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Column != b.Column {
			return a.Column < b.Column
		}
		return a.Rule < b.Rule
	})
	return out, nil
}
