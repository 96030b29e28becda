package source

import "fmt"

// MaxDepth is how deeply lists and block quotes may nest in a letter. A
// letter uses two or three levels; the Markdown parser's time per line
// grows with the depth, so thousands of levels took it minutes.
const MaxDepth = 32

// DepthError is a letter whose lists and block quotes nest deeper than
// MaxDepth.
type DepthError struct {
	Name  string // the letter's name: a file, or <stdin>
	Line  int    // the first line past the limit (1-based)
	Depth int    // how deep that line nests
}

func (e *DepthError) Error() string {
	return fmt.Sprintf("%s:%d: lists and block quotes nest more than %d levels deep; a letter needs a few at most", e.Name, e.Line, MaxDepth)
}

// CheckNesting returns a *DepthError when a line of src nests lists and
// block quotes deeper than MaxDepth, so the Markdown parser never sees it.
func CheckNesting(name string, src []byte) error {
	if line, depth := nesting(src, MaxDepth); line > 0 {
		return &DepthError{Name: name, Line: line, Depth: depth}
	}
	return nil
}

// container is a block quote or list item still open on a line.
type container struct {
	quote bool
	width int // a list item: the columns its content is indented by
}

// nesting follows the containers (block quotes and list items) each line
// opens or continues, much as CommonMark does, and returns the first line
// where more than limit are open, and how many; 0 and the deepest count
// otherwise.
//
// It errs toward counting too many, never too few: a list item's content
// is taken to start right after its marker, so lines indented less than
// CommonMark asks still count as inside it; a quote or list marker counts
// however far it is indented, even in code; a line that could be a lazy
// continuation keeps every container open. A letter's few levels stay far
// from the limit either way, and no input nests deeper in the parser than
// it is counted here (TestNestingNeverUndercounts checks that against
// goldmark).
func nesting(src []byte, limit int) (line, deepest int) {
	var open []container
	paragraph := false // the last line was text: lazy lines may follow
	var buf []byte     // the line, tabs expanded
	lineNo := 0
	for off := 0; off < len(src); {
		end := off
		for end < len(src) && src[end] != '\n' {
			end++
		}
		buf = expandTabs(buf[:0], src[off:end])
		p := lineScanner{b: buf}
		off = end + 1
		lineNo++

		matched := 0
		for matched < len(open) {
			if c := open[matched]; c.quote {
				if !p.quoteMarker(3) {
					break
				}
			} else if !p.blank() && !p.indent(c.width) {
				break
			}
			matched++
		}
		if matched < len(open) && paragraph && !p.blank() && !p.opensContainer() {
			continue // a lazy continuation: every container stays open
		}
		open = open[:matched]
		for {
			if p.quoteMarker(3) {
				open = append(open, container{quote: true})
			} else if w, ok := p.listMarker(3); ok {
				open = append(open, container{width: w})
			} else {
				break
			}
			if len(open) > limit {
				return lineNo, len(open)
			}
		}
		deepest = max(deepest, len(open))
		paragraph = !p.blank()
	}
	return 0, deepest
}

// expandTabs appends line to dst with each tab replaced by the spaces
// to the next multiple of four columns, as CommonMark reads indentation.
func expandTabs(dst, line []byte) []byte {
	for i, c := range line {
		if c == '\t' {
			dst = append(dst, line[:i]...)
			for _, c := range line[i:] {
				if c == '\t' {
					dst = append(dst, "    "[len(dst)%4:]...)
				} else {
					dst = append(dst, c)
				}
			}
			return dst
		}
	}
	return append(dst, line...)
}

// lineScanner reads one line's container markers; tabs are expanded, so
// a byte is a column.
type lineScanner struct {
	b []byte
	i int // the next byte
}

// spaces returns the number of blanks from the scanner's position.
func (p *lineScanner) spaces() int {
	n := 0
	for p.i+n < len(p.b) && p.b[p.i+n] == ' ' {
		n++
	}
	return n
}

// blank reports whether the rest of the line is empty or blanks.
func (p *lineScanner) blank() bool {
	for _, c := range p.b[p.i:] {
		if c != ' ' && c != '\r' {
			return false
		}
	}
	return true
}

// indent consumes width columns of indentation, or reports false.
func (p *lineScanner) indent(width int) bool {
	if p.spaces() < width {
		return false
	}
	p.i += width
	return true
}

// quoteMarker consumes ">" and a blank after it, when no more than
// maxIndent blanks come before it; otherwise it reports false.
func (p *lineScanner) quoteMarker(maxIndent int) bool {
	n := p.spaces()
	if n > maxIndent || p.i+n >= len(p.b) || p.b[p.i+n] != '>' {
		return false
	}
	p.i += n + 1
	if p.i < len(p.b) && p.b[p.i] == ' ' {
		p.i++
	}
	return true
}

// listMarker consumes a bullet ("-", "*", "+") or ordered ("12.", "3)")
// list marker after no more than maxIndent blanks, and the blank after
// it, and returns the columns the item's content is indented by, at the
// fewest: the blanks before and the marker, not the blank after, which
// an empty item does not have. A thematic break ("- - -") is no list item.
func (p *lineScanner) listMarker(maxIndent int) (width int, ok bool) {
	n := p.spaces()
	start := p.i + n
	if n > maxIndent || start >= len(p.b) {
		return 0, false
	}
	i := start
	switch c := p.b[i]; {
	case c == '-' || c == '*' || c == '+':
		if c != '+' && thematicBreak(p.b[i:]) {
			return 0, false
		}
		i++
	case c >= '0' && c <= '9':
		for i < len(p.b) && i-start < 10 && p.b[i] >= '0' && p.b[i] <= '9' {
			i++
		}
		if i-start > 9 || i >= len(p.b) || p.b[i] != '.' && p.b[i] != ')' {
			return 0, false
		}
		i++
	default:
		return 0, false
	}
	if i < len(p.b) && p.b[i] != ' ' && p.b[i] != '\r' {
		return 0, false
	}
	// One to four blanks after the marker belong to it; with five or more
	// (indented code in the item) or none (an empty item), one does.
	after := 0
	for i+after < len(p.b) && p.b[i+after] == ' ' {
		after++
	}
	if after == 0 || after > 4 || i+after == len(p.b) {
		after = 1
	}
	width = i - p.i + after
	p.i = min(i+after, len(p.b))
	return width, true
}

// thematicBreak reports whether b is a thematic break: three or more of
// one of '-', '*', '_' and nothing else but blanks.
func thematicBreak(b []byte) bool {
	c, n := b[0], 0
	for _, d := range b {
		switch d {
		case c:
			n++
		case ' ', '\r':
		default:
			return false
		}
	}
	return n >= 3
}

// opensContainer reports whether the rest starts a block quote or a list
// item as CommonMark reads it (no more than three blanks before).
func (p *lineScanner) opensContainer() bool {
	q := *p
	if q.quoteMarker(3) {
		return true
	}
	_, ok := q.listMarker(3)
	return ok
}
