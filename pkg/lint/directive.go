package lint

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// Inline directives, written as HTML comments so they never show when the
// letter is rendered:
//
//	<!-- apology-lint disable RULE[,RULE] -->   until enabled again (no rule: all)
//	<!-- apology-lint enable RULE -->
//	<!-- apology-lint disable-next-line RULE -->

type directiveKind uint8

const (
	dirDisable directiveKind = iota
	dirEnable
	dirDisableNextLine
	dirInvalid // an apology-lint comment that is none of the above: it does nothing
)

// directiveVerbs are the directives by name, for messages and suggestions.
var directiveVerbs = []string{"disable", "enable", "disable-next-line"}

type directive struct {
	kind   directiveKind
	rules  []string // empty: every rule
	offset int      // where the comment starts in the source

	// ruleOffs are where rules are written, relative to offset, so an
	// unknown one can be reported where it is.
	ruleOffs []int
	// For dirInvalid: the word that is not a directive ("" when none was
	// written), its place relative to offset and its length in bytes.
	verb           string
	verbOff, verbN int
}

func (d directive) covers(rule string) bool {
	if len(d.rules) == 0 {
		return true
	}
	for _, r := range d.rules {
		if r == rule {
			return true
		}
	}
	return false
}

// parseDirective reads one HTML comment; ok is false for any other HTML.
// A comment that starts with "apology-lint" is a directive even when it
// is misspelt (kind dirInvalid), so the mistake can be reported.
func parseDirective(b []byte) (directive, bool) {
	lead := len(b) - len(bytes.TrimLeft(b, " \t\r\n"))
	b = bytes.TrimSpace(b)
	if !bytes.HasPrefix(b, []byte("<!--")) || !bytes.HasSuffix(b, []byte("-->")) {
		return directive{}, false
	}
	words := fieldsAt(string(b[4:len(b)-3]), lead+4)
	if len(words) == 0 || words[0].text != "apology-lint" && !strings.HasPrefix(words[0].text, "apology-lint-") {
		return directive{}, false
	}
	var d directive
	head := words[0]
	if head.text != "apology-lint" {
		// "apology-lint-disable", as ESLint spells its comments.
		d.kind, d.verb, d.verbOff, d.verbN = dirInvalid, head.text, head.off, len(head.text)
		return d, true
	}
	if len(words) < 2 {
		d.kind, d.verbOff, d.verbN = dirInvalid, head.off, len(head.text)
		return d, true
	}
	switch words[1].text {
	case "disable":
		d.kind = dirDisable
	case "enable":
		d.kind = dirEnable
	case "disable-next-line":
		d.kind = dirDisableNextLine
	default:
		d.kind, d.verb, d.verbOff, d.verbN = dirInvalid, words[1].text, words[1].off, len(words[1].text)
		return d, true
	}
	for _, w := range words[2:] {
		off := w.off
		for _, r := range strings.Split(w.text, ",") {
			if r != "" {
				d.rules = append(d.rules, r)
				d.ruleOffs = append(d.ruleOffs, off)
			}
			off += len(r) + 1
		}
	}
	return d, true
}

// word is a field of a comment and its offset.
type word struct {
	text string
	off  int
}

// fieldsAt splits s at white space like strings.Fields, keeping each
// field's offset (base plus its index in s).
func fieldsAt(s string, base int) []word {
	var out []word
	start := -1
	for i, r := range s {
		space := unicode.IsSpace(r)
		switch {
		case !space && start < 0:
			start = i
		case space && start >= 0:
			out = append(out, word{s[start:i], base + start})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, word{s[start:], base + start})
	}
	return out
}

// directiveFindings reports what is wrong with the document's
// directives: a word that is no directive, a rule id the linter does not
// have. ids are the linter's rules.
func (d *Document) directiveFindings(ids []string) []Finding {
	var out []Finding
	report := func(off, n int, msg string) {
		f := Finding{Rule: BadDirective, Severity: Error, Message: msg, Offset: off, EndOffset: off + n}
		f.Line, f.Column = d.Position(off)
		f.EndLine, f.EndColumn = d.Position(off + n)
		out = append(out, f)
	}
	for _, dir := range d.directives {
		if dir.kind == dirInvalid {
			report(dir.offset+dir.verbOff, dir.verbN, badVerbMessage(dir.verb))
			continue
		}
		for i, r := range dir.rules {
			if slices.Contains(ids, r) {
				continue
			}
			report(dir.offset+dir.ruleOffs[i], len(r), unknownRuleMessage(r, ids))
		}
	}
	return out
}

func badVerbMessage(verb string) string {
	const want = "want disable, enable or disable-next-line"
	switch {
	case verb == "":
		return "an apology-lint comment needs a directive: " + want
	case strings.HasPrefix(verb, "apology-lint-"):
		if v := closest(strings.TrimPrefix(verb, "apology-lint-"), directiveVerbs); v != "" {
			return fmt.Sprintf("unknown directive %q: did you mean \"apology-lint %s\"?", verb, v)
		}
		return fmt.Sprintf("unknown directive %q: write \"apology-lint\", a space, then disable, enable or disable-next-line", verb)
	}
	if v := closest(verb, directiveVerbs); v != "" {
		return fmt.Sprintf("unknown directive %q in an apology-lint comment: did you mean %q?", verb, v)
	}
	return fmt.Sprintf("unknown directive %q in an apology-lint comment: %s", verb, want)
}

func unknownRuleMessage(rule string, ids []string) string {
	if IsBuiltin(rule) {
		return fmt.Sprintf("%q cannot be turned off: it is one of the linter's own checks", rule)
	}
	if id := closest(rule, ids); id != "" {
		return fmt.Sprintf("unknown rule %q in an apology-lint comment: did you mean %q?", rule, id)
	}
	return fmt.Sprintf("unknown rule %q in an apology-lint comment (see 'apology rules' for the ids)", rule)
}

// suppressed reports whether a document finding of rule (one without a
// position) is turned off: any block disable of the rule counts.
func (d *Document) suppressed(rule string) bool {
	for _, dir := range d.directives {
		if dir.kind == dirDisable && dir.covers(rule) {
			return true
		}
	}
	return false
}

// suppression follows the directives of one rule through a document, for
// findings taken in ascending offset order: each directive is read once
// per rule, so a letter full of directives and findings stays linear.
type suppression struct {
	d        *Document
	rule     string
	next     int  // the first directive not yet passed
	disabled bool // a disable of the rule is in force
}

func (d *Document) suppression(rule string) *suppression {
	return &suppression{d: d, rule: rule}
}

// at reports whether a finding at byte offset off is turned off. Offsets
// must not decrease from one call to the next.
func (s *suppression) at(off int) bool {
	dirs := s.d.directives
	for ; s.next < len(dirs) && dirs[s.next].offset <= off; s.next++ {
		dir := dirs[s.next]
		if !dir.covers(s.rule) {
			continue
		}
		switch dir.kind {
		case dirDisable:
			s.disabled = true
		case dirEnable:
			s.disabled = false
		}
	}
	if s.disabled {
		return true
	}
	if len(s.d.nextLine) == 0 {
		return false
	}
	nl, ok := s.d.nextLine[s.d.Line(off)-1]
	return ok && (nl.all || nl.rules[s.rule])
}

// lineDirective is what the disable-next-line directives on one line turn
// off on the line after it.
type lineDirective struct {
	all   bool
	rules map[string]bool
}

// indexNextLine gathers the disable-next-line directives by line.
func (d *Document) indexNextLine() {
	for _, dir := range d.directives {
		if dir.kind != dirDisableNextLine {
			continue
		}
		if d.nextLine == nil {
			d.nextLine = map[int]*lineDirective{}
		}
		line := d.Line(dir.offset + len("<!--"))
		nl := d.nextLine[line]
		if nl == nil {
			nl = &lineDirective{rules: map[string]bool{}}
			d.nextLine[line] = nl
		}
		if len(dir.rules) == 0 {
			nl.all = true
		}
		for _, r := range dir.rules {
			nl.rules[r] = true
		}
	}
}
