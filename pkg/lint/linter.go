// Package lint checks apology letters: it parses a letter once, finds the
// phrases every rule looks for in one pass, and collects the rules' findings.
package lint

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
)

// Linter runs a set of rules with a configuration. It is safe for
// concurrent use once built.
type Linter struct {
	rules   []*Rule
	enabled []bool
	sev     []Severity
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
	l := &Linter{rules: rules, m: m, enabled: make([]bool, len(rules)), sev: make([]Severity, len(rules))}
	for i, r := range rules {
		l.enabled[i], l.sev[i] = true, r.Severity
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

// Rules returns the linter's rules in their registry order.
func (l *Linter) Rules() []*Rule { return l.rules }

// Only keeps just the given rules enabled (the --rule flag).
func (l *Linter) Only(ids ...string) error {
	keep := make([]bool, len(l.rules))
	for _, id := range ids {
		i := l.index(id)
		if i < 0 {
			return fmt.Errorf("unknown rule %q (see 'apology rules')", id)
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
			return fmt.Errorf("unknown rule %q (see 'apology rules')", id)
		}
		l.enabled[i] = false
	}
	return nil
}

// Lint checks one letter. file names it in the findings. Findings come
// sorted by position, document findings (line 0) first.
func (l *Linter) Lint(file string, src []byte) []Finding {
	d, raw := parseDocument(src, l.m)

	perRule := make([][]Match, len(l.rules))
	for _, r := range raw {
		t := l.m.terms[r.term]
		if !l.enabled[t.rule] {
			continue
		}
		perRule[t.rule] = append(perRule[t.rule], Match{Pattern: t.pattern, Start: int(r.start), End: int(r.end), Except: t.except, Sentence: t.sentence})
	}

	var out []Finding
	for i, r := range l.rules {
		if !l.enabled[i] {
			continue
		}
		p := &Pass{Rule: r, Doc: d, Matches: perRule[i]}
		p.run()
		// Document findings (offset -1) first, then by position, so the
		// directives are followed once.
		slices.SortStableFunc(p.findings, func(a, b Finding) int { return cmp.Compare(a.Offset, b.Offset) })
		sup := d.suppression(r.ID)
		for _, f := range p.findings {
			if f.Offset < 0 && d.suppressed(r.ID) || f.Offset >= 0 && sup.at(f.Offset) {
				continue
			}
			f.File = file
			f.Severity = l.sev[i]
			out = append(out, f)
		}
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
	return out
}
