package lint

import (
	"bytes"
	"strings"
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
)

type directive struct {
	kind   directiveKind
	rules  []string // empty: every rule
	offset int      // where the comment starts in the source
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
func parseDirective(b []byte) (directive, bool) {
	b = bytes.TrimSpace(b)
	if !bytes.HasPrefix(b, []byte("<!--")) || !bytes.HasSuffix(b, []byte("-->")) {
		return directive{}, false
	}
	fields := strings.Fields(string(b[4 : len(b)-3]))
	if len(fields) < 2 || fields[0] != "apology-lint" {
		return directive{}, false
	}
	var d directive
	switch fields[1] {
	case "disable":
		d.kind = dirDisable
	case "enable":
		d.kind = dirEnable
	case "disable-next-line":
		d.kind = dirDisableNextLine
	default:
		return directive{}, false
	}
	for _, f := range fields[2:] {
		for _, r := range strings.Split(f, ",") {
			if r = strings.TrimSpace(r); r != "" {
				d.rules = append(d.rules, r)
			}
		}
	}
	return d, true
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
