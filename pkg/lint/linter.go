// Package lint checks apology letters: it parses a letter once, finds the
// phrases every rule looks for in one pass, and collects the rules' findings.
package lint

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

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
	for _, r := range rules {
		if r.Document && r.Run != nil {
			// Document rules are judged on every part of a long letter
			// together (see partSize): one Run could not see them all.
			return nil, fmt.Errorf("rule %s: a document rule has no Run", r.ID)
		}
	}
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

// partSize is how much of a letter is checked at a time. A longer letter
// is cut between top-level blocks into parts of about this size, which are
// parsed, matched and checked in order (with two cores, parsing the next
// part while checking the one before), so its syntax tree and tokens take
// the memory of a few parts, not of the whole. Every rule looks
// no further than a paragraph (a document rule only asks whether its
// phrases occur anywhere), so the findings are those of checking it whole.
const partSize = 64 << 10

// Lint checks one letter. file names it in the findings. Findings come
// sorted by position, document findings (line 0) first. Unlike
// LintContext it checks a letter that nests lists past source.MaxDepth,
// reading the lines too deep to nest as text.
func (l *Linter) Lint(file string, src []byte) []Finding {
	f, _ := l.lint(context.Background(), file, src, partSize, runtime.GOMAXPROCS(0) > 1)
	return f
}

// LintContext is Lint for the commands: it refuses a letter that nests
// lists and quotes deeper than source.MaxDepth (a *source.DepthError
// naming the line), and stops with ctx's error soon after ctx is done.
func (l *Linter) LintContext(ctx context.Context, file string, src []byte) ([]Finding, error) {
	if err := source.CheckNesting(file, src); err != nil {
		return nil, err
	}
	return l.lint(ctx, file, src, partSize, runtime.GOMAXPROCS(0) > 1)
}

// scratch is the memory one goroutine reuses from part to part.
type scratch struct {
	parsed   parsed
	perRule  [][]Match
	findings []Finding
}

// partResult is what checking one part found.
type partResult struct {
	findings []Finding // in scratch memory: taken before the next part
	dirs     []directive
	// present[i]: document rule i has a phrase in the part.
	present []bool
}

// lint checks src in parts of about size bytes, pipelined (see
// Linter.pipeline) when asked. Once ctx is done it stops between parts
// and between rules, and returns ctx's error.
func (l *Linter) lint(ctx context.Context, file string, src []byte, size int, pipeline bool) ([]Finding, error) {
	return l.lintWith(ctx, file, src, size, pipeline, &scratch{})
}

// lintWith is lint with scratch memory kept from file to file.
func (l *Linter) lintWith(ctx context.Context, file string, src []byte, size int, pipeline bool, s *scratch) ([]Finding, error) {
	d, body := newDocument(src)
	cuts := append(append([]int{body}, blockBoundaries(src, body, size)...), len(src))

	var out []Finding
	present := make([]bool, len(l.rules))
	add := func(r partResult) {
		out = append(out, r.findings...)
		d.directives = append(d.directives, r.dirs...)
		for j, p := range r.present {
			present[j] = present[j] || p
		}
	}
	if pipeline && len(cuts) > 2 {
		l.pipeline(ctx, d, cuts, s, add)
	} else {
		for i := 0; i+1 < len(cuts) && ctx.Err() == nil; i++ {
			s.parsed = parseRange(src, cuts[i], cuts[i+1], l.m, s.parsed)
			add(l.checkPart(ctx, d, s.parsed, s))
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	for i, r := range l.rules {
		if l.enabled[i] && r.Document && !present[i] {
			p := &Pass{Rule: r, Doc: d, findings: out}
			p.ReportDocument("", "")
			out = p.findings
			out[len(out)-1].Severity = l.sev[i]
		}
	}
	sortFindings(out)

	// Findings now come in offset order (document findings, offset -1,
	// first), so each rule's directives are followed once.
	d.indexNextLine()
	sups := map[string]*suppression{}
	kept := out[:0]
	for _, f := range out {
		if f.Offset < 0 {
			if d.suppressed(f.Rule) {
				continue
			}
		} else {
			sup := sups[f.Rule]
			if sup == nil {
				sup = d.suppression(f.Rule)
				sups[f.Rule] = sup
			}
			if sup.at(f.Offset) {
				continue
			}
		}
		f.File = file
		kept = append(kept, f)
	}
	clear(out[len(kept):])
	out = kept

	// The linter's own checks cannot be turned off.
	if own := l.ownFindings(d); len(own) > 0 {
		for i := range own {
			own[i].File = file
		}
		out = append(out, own...)
		sortFindings(out)
	}
	return out, nil
}

// sortFindings sorts findings by position, document findings (line 0)
// first, then by rule; findings that tie keep their order. It sorts
// small keys and then moves each finding once, in place: sorting the
// findings themselves swapped a long letter's thousands of them many
// times over.
func sortFindings(out []Finding) {
	type key struct {
		line, col int
		rule      string
		i         int
	}
	keys := make([]key, len(out))
	sorted := true
	for i := range out {
		keys[i] = key{out[i].Line, out[i].Column, out[i].Rule, i}
		if sorted && i > 0 {
			p := &keys[i-1]
			sorted = p.line < keys[i].line || p.line == keys[i].line && (p.col < keys[i].col || p.col == keys[i].col && p.rule <= keys[i].rule)
		}
	}
	if sorted {
		return
	}
	slices.SortFunc(keys, func(a, b key) int {
		if c := cmp.Compare(a.line, b.line); c != 0 {
			return c
		}
		if c := cmp.Compare(a.col, b.col); c != 0 {
			return c
		}
		if c := strings.Compare(a.rule, b.rule); c != 0 {
			return c
		}
		return cmp.Compare(a.i, b.i)
	})
	// out[j] takes out[keys[j].i]: follow each cycle of that permutation
	// with one finding in hand, so no second copy of the findings is
	// made (a 10 MB letter has tens of thousands).
	for j := range keys {
		if keys[j].i < 0 || keys[j].i == j {
			continue
		}
		held := out[j]
		k := j
		for {
			from := keys[k].i
			keys[k].i = -1
			if from == j {
				out[k] = held
				break
			}
			out[k] = out[from]
			k = from
		}
	}
}

// pipeline checks the parts between cuts in two stages on two goroutines:
// one parses and tokenizes the next part while the other matches and
// checks the one before. Unlike checking parts side by side, it keeps one
// lazily built automaton, warmed once. add gets each part's result in
// order. Once ctx is done it stops between parts.
func (l *Linter) pipeline(ctx context.Context, d *Document, cuts []int, s *scratch, add func(partResult)) {
	// Being parsed, being checked, and up to four waiting: the automaton
	// is slow while it is cold, then faster than parsing, so parsing runs
	// ahead early and the matcher catches up later instead of the two
	// stalling each other (a few hundred KB of tokens more at most).
	const buffers = 6
	free := make(chan []Token, buffers)
	for range buffers {
		free <- nil
	}
	parts := make(chan parsed, buffers-2)
	stop, stopped := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(stopped)
		defer close(parts)
		for i := 0; i+1 < len(cuts); i++ {
			var toks []Token
			select {
			case toks = <-free:
			case <-stop:
				return
			}
			if ctx.Err() != nil {
				return
			}
			p := parseProse(d.Src, cuts[i], cuts[i+1], l.m.vocab, toks)
			select {
			case parts <- p:
			case <-stop:
				return
			}
		}
	}()
	for p := range parts {
		if ctx.Err() != nil {
			break
		}
		p.matches = l.m.run(p.tokens, s.parsed.matches[:0])
		s.parsed.matches = p.matches
		add(l.checkPart(ctx, d, p, s))
		free <- p.tokens
	}
	close(stop)
	<-stopped
}

// checkPart checks one part, a run of whole top-level blocks, once parsed
// and matched. Once ctx is done it stops between rules.
func (l *Linter) checkPart(ctx context.Context, d *Document, parsed parsed, s *scratch) partResult {
	part := d.part(parsed.tokens)

	if s.perRule == nil {
		s.perRule = make([][]Match, len(l.rules))
	}
	perRule := s.perRule
	for i := range perRule {
		perRule[i] = perRule[i][:0]
	}
	for _, r := range parsed.matches {
		t := l.m.terms[r.term]
		if !l.enabled[t.rule] {
			continue
		}
		perRule[t.rule] = append(perRule[t.rule], Match{Pattern: t.pattern, Start: int(r.start), End: int(r.end), Except: t.except, Sentence: t.sentence})
	}

	res := partResult{dirs: parsed.dirs, present: make([]bool, len(l.rules))}
	// The passes report onto one slice, reused from part to part: a
	// letter can have hundreds of thousands of findings.
	found := s.findings[:0]
	var evidence []int // document rules left to a check of each sentence
	for i, r := range l.rules {
		if !l.enabled[i] {
			continue
		}
		if ctx.Err() != nil {
			break
		}
		p := &Pass{Rule: r, Doc: part, Matches: perRule[i], findings: found}
		if r.Document {
			res.present[i] = p.anyPositive()
			if !res.present[i] && r.Evidence != nil {
				evidence = append(evidence, i)
			}
			continue
		}
		n := len(found)
		p.run()
		found = p.findings
		for j := n; j < len(found); j++ {
			found[j].Severity = l.sev[i]
		}
	}
	if len(evidence) > 0 && ctx.Err() == nil {
		part.sentenceEvidence(l.rules, evidence, perRule, res.present)
	}
	s.findings = found
	res.findings = found
	return res
}

// File is one letter to lint: the name its findings carry and its bytes,
// or, when Src is nil, Read to fetch them on the goroutine that lints it.
type File struct {
	Name string
	Src  []byte
	Read func() ([]byte, error)
}

// LintFiles reads and lints files on as many goroutines as GOMAXPROCS
// allows, each taking the next file in turn. It returns every file's
// findings in the order of files, each file's as LintContext returns them
// (what linting them one after another returns), and per file the error
// its Read returned or LintContext refused it with, if any. It stops early
// with ctx's error once ctx is done.
func (l *Linter) LintFiles(ctx context.Context, files []File) ([]Finding, []error, error) {
	errs := make([]error, len(files))
	// Each file's findings join the rest as soon as the files before it
	// are done, so they are not held twice: per file and joined.
	var (
		mu      sync.Mutex
		pending = make(map[int][]Finding) // done, waiting for earlier files
		joined  = 0                       // files joined so far
		all     []Finding
	)
	done := func(i int, fs []Finding) {
		mu.Lock()
		defer mu.Unlock()
		pending[i] = fs
		for {
			fs, ok := pending[joined]
			if !ok {
				return
			}
			delete(pending, joined)
			joined++
			if all == nil {
				all = fs // the first: no copy (all of it for one file)
			} else {
				all = append(all, fs...)
			}
		}
	}
	workers := min(runtime.GOMAXPROCS(0), len(files))
	// One file gets the cores to itself; several share them.
	pipelined := workers == 1 && runtime.GOMAXPROCS(0) > 1
	var next atomic.Int64 // the index of the next file to take
	work := func() {
		var s scratch
		for {
			i := int(next.Add(1) - 1)
			if i >= len(files) || ctx.Err() != nil {
				return
			}
			f := &files[i]
			src := f.Src
			if src == nil && f.Read != nil {
				var err error
				if src, err = f.Read(); err != nil {
					errs[i] = err
					done(i, nil)
					continue
				}
			}
			if err := source.CheckNesting(f.Name, src); err != nil {
				errs[i] = err
				done(i, nil)
				continue
			}
			fs, err := l.lintWith(ctx, f.Name, src, partSize, pipelined, &s)
			if err != nil {
				return // ctx is done
			}
			done(i, fs)
		}
	}
	var wg sync.WaitGroup
	for range workers - 1 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work()
		}()
	}
	work()
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	return all, errs, nil
}
