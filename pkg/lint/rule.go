package lint

import (
	"cmp"
	"slices"
	"strings"

	"github.com/apology-cli/apology/pkg/lang"
)

// Rule is one check. Rules are plain values: they describe themselves (for
// `apology rules`, SARIF and completion) and report findings through a
// Pass; they never print. Most rules are declarative: Phrases are matched
// for them and every match that no Except pattern overlaps is reported.
type Rule struct {
	ID       string   // stable id, part of the CLI contract (lint-rules.md)
	Severity Severity // default severity
	Summary  string   // one line: what the rule flags
	Why      string   // the advice behind it, in plain words
	// Message is the finding's text; "{phrase}" is replaced by the words
	// that matched. Suggestion says what to write instead ("" if nothing).
	Message    string
	Suggestion string

	// Bad must produce a finding of this rule; Good must not. They are the
	// examples `apology rules ID` prints and test cases the rule set's
	// validation test runs.
	Bad  []string
	Good []string

	// Phrases are word patterns (see Compile for the syntax). For a
	// document rule they are the evidence that the letter has the component.
	Phrases []string
	// Except patterns cancel any phrase match they overlap: the hard
	// negatives ("I will always remember" for absolute promises).
	Except []string
	// ExceptSentence patterns cancel every phrase match in the sentence
	// they occur in, wherever it stands ("... if you forgive me" makes a
	// gift earlier in the sentence a bribe, not a repair).
	ExceptSentence []string

	// Document rules judge the whole letter and report line 0: a document
	// rule reports when none of its phrases match and no sentence passes
	// its Evidence. It has no Run.
	Document bool
	// Evidence, for a document rule, is a check of one sentence at the
	// level of its clauses, for what a pattern cannot say: it reports
	// whether the sentence has the component the rule looks for. It sees
	// the writer's own words of the sentence (not quoted speech) as
	// pkg/lang tags them, commas kept, at most MaxEvidenceWords of them.
	Evidence func(ws []lang.Word) bool

	// Run replaces the default behaviour when a rule needs sentence
	// context. It reads pass.Matches and calls pass.Report. A long letter
	// is checked in parts cut between top-level blocks, each part a Pass of
	// its own, so Run looks no further than the paragraph of a match.
	Run func(*Pass)
}

// Match is one occurrence of a rule's pattern: tokens [Start, End).
type Match struct {
	Pattern string // the pattern as written in the rule
	Start   int    // first token
	End     int    // one past the last token
	Except  bool   // matched an Except or ExceptSentence pattern
	// Sentence: matched an ExceptSentence pattern, which cancels the
	// phrase matches of its whole sentence.
	Sentence bool
}

// Pass is what a rule sees while checking one document.
type Pass struct {
	Rule    *Rule
	Doc     *Document
	Matches []Match // this rule's phrase and except matches, by start token

	findings []Finding
}

// Report records a finding over tokens [start, end). Empty message or
// suggestion fall back to the rule's own.
func (p *Pass) Report(start, end int, message, suggestion string) {
	d := p.Doc
	if start < 0 || end > len(d.Tokens) || start >= end {
		return
	}
	from, to := int(d.Tokens[start].Start), int(d.Tokens[end-1].End)
	if message == "" {
		message = p.Rule.Message
	}
	if suggestion == "" {
		suggestion = p.Rule.Suggestion
	}
	if strings.Contains(message, "{phrase}") {
		message = strings.ReplaceAll(message, "{phrase}", d.Phrase(start, end))
	}
	f := Finding{
		Rule: p.Rule.ID, Severity: p.Rule.Severity,
		Message: message, Suggestion: suggestion,
		Offset: from, EndOffset: to,
	}
	f.Line, f.Column = d.Position(from)
	f.EndLine, f.EndColumn = d.Position(to)
	p.findings = append(p.findings, f)
}

// ReportMatch reports a match with the rule's message and suggestion.
func (p *Pass) ReportMatch(m Match) { p.Report(m.Start, m.End, "", "") }

// ReportDocument records a finding about the whole letter (line 0).
func (p *Pass) ReportDocument(message, suggestion string) {
	if message == "" {
		message = p.Rule.Message
	}
	if suggestion == "" {
		suggestion = p.Rule.Suggestion
	}
	p.findings = append(p.findings, Finding{
		Rule: p.Rule.ID, Severity: p.Rule.Severity,
		Message: message, Suggestion: suggestion, Offset: -1, EndOffset: -1,
	})
}

// Positive returns the phrase matches no Except match overlaps, with
// overlapping phrase matches merged into the earliest one.
func (p *Pass) Positive() []Match {
	var out []Match
	p.positive(func(m Match) bool {
		if n := len(out); n > 0 && m.Start < out[n-1].End {
			if m.End > out[n-1].End {
				out[n-1].End = m.End
			}
			return true
		}
		out = append(out, m)
		return true
	})
	return out
}

// positive calls yield with each phrase match no Except match overlaps,
// in order, until yield returns false.
func (p *Pass) positive(yield func(Match) bool) {
	var excepts []Match
	var exceptSentences []int32 // ascending: matches come in token order
	for _, m := range p.Matches {
		switch {
		case m.Sentence:
			exceptSentences = append(exceptSentences, p.Doc.Tokens[m.Start].Sent)
		case m.Except:
			excepts = append(excepts, m)
		}
	}
	for _, m := range p.Matches {
		if m.Except || p.overlapsAny(m, excepts) {
			continue
		}
		if _, found := slices.BinarySearch(exceptSentences, p.Doc.Tokens[m.Start].Sent); found {
			continue
		}
		if !yield(m) {
			return
		}
	}
}

// overlapsAny reports whether m overlaps one of excepts (sorted by start,
// as matches are). Matches never cross sentences, so only the excepts of
// m's sentence that start before m ends need a look.
func (p *Pass) overlapsAny(m Match, excepts []Match) bool {
	i, _ := slices.BinarySearchFunc(excepts, m.End, func(e Match, end int) int { return cmp.Compare(e.Start, end) })
	sent := p.Doc.Tokens[m.Start].Sent
	for i--; i >= 0 && p.Doc.Tokens[excepts[i].Start].Sent == sent; i-- {
		if excepts[i].End > m.Start {
			return true
		}
	}
	return false
}

// anyPositive reports whether the rule has a positive match: evidence
// enough for a document rule, with no need to list them all.
func (p *Pass) anyPositive() bool {
	found := false
	p.positive(func(Match) bool { found = true; return false })
	return found
}

// run applies the rule's Run, or the default behaviour.
func (p *Pass) run() {
	switch {
	case p.Rule.Run != nil:
		p.Rule.Run(p)
	default:
		// Positive's merging, reported as it goes rather than listed.
		var last Match
		p.positive(func(m Match) bool {
			switch {
			case last.End == 0:
				last = m
			case m.Start < last.End:
				last.End = max(last.End, m.End)
			default:
				p.ReportMatch(last)
				last = m
			}
			return true
		})
		if last.End != 0 {
			p.ReportMatch(last)
		}
	}
}
