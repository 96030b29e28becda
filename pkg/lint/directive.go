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

// suppressed reports whether a finding of rule at byte offset off (-1 for
// a document finding) is turned off by the document's directives.
func (d *Document) suppressed(rule string, off int) bool {
	if off < 0 {
		// A document rule has no position: any block disable of it counts.
		for _, dir := range d.directives {
			if dir.kind == dirDisable && dir.covers(rule) {
				return true
			}
		}
		return false
	}
	line := d.Line(off)
	off_ := false
	for _, dir := range d.directives {
		if dir.offset > off {
			break
		}
		if !dir.covers(rule) {
			continue
		}
		switch dir.kind {
		case dirDisable:
			off_ = true
		case dirEnable:
			off_ = false
		case dirDisableNextLine:
			if d.Line(dir.offset+len("<!--")) == line-1 {
				return true
			}
		}
	}
	return off_
}
