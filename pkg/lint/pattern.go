package lint

import (
	"fmt"
	"strings"
)

// Pattern syntax, over normalised words (lower case, one apostrophe form,
// contractions expanded, so "I'm" in a pattern matches "I am" and "im"):
//
//	sorry if          words in sequence
//	sorry|regret      one of several words
//	(so|very|)        a group of alternatives; an empty one makes it optional
//	(i am|we are)     alternatives may be several words long
//	*                 any one word
//	..                up to 3 words (a short gap)
//	...               up to 8 words (a long gap)
//	^  $              the start / end of a sentence
//	,                 a comma, semicolon, colon or dash before the next word
//
// A match never crosses a sentence boundary.

type elemKind uint8

const (
	elemWord elemKind = iota
	elemAny
	elemGapShort
	elemGapLong
	elemBOS
	elemEOS
	elemComma
)

const (
	gapShort = 3
	gapLong  = 8
)

type elem struct {
	kind elemKind
	word string
}

// lexPattern splits a pattern into "(", ")", "|" and words. A bare "a|b"
// outside parentheses is shorthand for "(a|b)".
func lexPattern(p string) ([]string, error) {
	var out []string
	depth := 0
	for _, field := range strings.Fields(p) {
		bare := depth == 0 && strings.Contains(field, "|") && !strings.ContainsAny(field, "()")
		if bare {
			out = append(out, "(")
		}
		cur := ""
		flush := func() {
			if cur != "" {
				out = append(out, cur)
				cur = ""
			}
		}
		for _, r := range field {
			switch r {
			case '(', ')', '|':
				flush()
				out = append(out, string(r))
				if r == '(' {
					depth++
				} else if r == ')' {
					depth--
				}
			default:
				cur += string(r)
			}
		}
		flush()
		if bare {
			out = append(out, ")")
		}
		if depth < 0 {
			return nil, fmt.Errorf("pattern %q: unbalanced ')'", p)
		}
	}
	if depth != 0 {
		return nil, fmt.Errorf("pattern %q: unbalanced '('", p)
	}
	return out, nil
}

// pnode is a parsed pattern: a sequence, a set of alternatives, or one element.
type pnode struct {
	alt  bool     // kids are alternatives (else a sequence)
	elem *elem    // a leaf
	kids []*pnode // sequence items or alternatives
}

// parsePattern parses and checks one pattern.
func parsePattern(p string) (*pnode, error) {
	lex, err := lexPattern(p)
	if err != nil {
		return nil, err
	}
	ps := &patternParser{lex: lex}
	n, err := ps.alts()
	if err != nil {
		return nil, fmt.Errorf("pattern %q: %w", p, err)
	}
	if ps.pos != len(ps.lex) {
		return nil, fmt.Errorf("pattern %q: unbalanced ')'", p)
	}
	if n.nullable() {
		return nil, fmt.Errorf("pattern %q can match nothing", p)
	}
	if n.edgeGap(true) {
		return nil, fmt.Errorf("pattern %q starts with a gap", p)
	}
	if n.edgeGap(false) {
		return nil, fmt.Errorf("pattern %q ends in a gap", p)
	}
	return n, nil
}

func (n *pnode) nullable() bool {
	switch {
	case n.elem != nil:
		return n.elem.zeroWidth()
	case n.alt:
		for _, k := range n.kids {
			if k.nullable() {
				return true
			}
		}
		return len(n.kids) == 0
	}
	for _, k := range n.kids {
		if !k.nullable() {
			return false
		}
	}
	return true
}

// edgeGap reports whether the pattern can begin (first) or end with a gap,
// which would make the match's extent meaningless.
func (n *pnode) edgeGap(first bool) bool {
	switch {
	case n.elem != nil:
		return n.elem.kind == elemGapShort || n.elem.kind == elemGapLong
	case n.alt:
		for _, k := range n.kids {
			if k.edgeGap(first) {
				return true
			}
		}
		return false
	}
	for i := range n.kids {
		k := n.kids[i]
		if !first {
			k = n.kids[len(n.kids)-1-i]
		}
		if k.edgeGap(first) {
			return true
		}
		if !k.nullable() {
			return false
		}
	}
	return false
}

func (e *elem) zeroWidth() bool {
	return e.kind == elemBOS || e.kind == elemEOS || e.kind == elemComma ||
		e.kind == elemGapShort || e.kind == elemGapLong
}

type patternParser struct {
	lex []string
	pos int
}

// alts parses seq ('|' seq)*.
func (ps *patternParser) alts() (*pnode, error) {
	first, err := ps.seq()
	if err != nil {
		return nil, err
	}
	if ps.pos >= len(ps.lex) || ps.lex[ps.pos] != "|" {
		return first, nil
	}
	n := &pnode{alt: true, kids: []*pnode{first}}
	for ps.pos < len(ps.lex) && ps.lex[ps.pos] == "|" {
		ps.pos++
		more, err := ps.seq()
		if err != nil {
			return nil, err
		}
		n.kids = append(n.kids, more)
	}
	return n, nil
}

// seq parses a run of words and groups.
func (ps *patternParser) seq() (*pnode, error) {
	n := &pnode{}
	for ps.pos < len(ps.lex) {
		switch tok := ps.lex[ps.pos]; tok {
		case "|", ")":
			return n, nil
		case "(":
			ps.pos++
			inner, err := ps.alts()
			if err != nil {
				return nil, err
			}
			if ps.pos >= len(ps.lex) || ps.lex[ps.pos] != ")" {
				return nil, fmt.Errorf("missing ')'")
			}
			ps.pos++
			n.kids = append(n.kids, inner)
		default:
			ps.pos++
			es, err := wordElems(tok)
			if err != nil {
				return nil, err
			}
			for i := range es {
				n.kids = append(n.kids, &pnode{elem: &es[i]})
			}
		}
	}
	return n, nil
}

// wordElems normalises one pattern word the way prose is tokenized.
func wordElems(w string) ([]elem, error) {
	switch w {
	case "*":
		return []elem{{kind: elemAny}}, nil
	case "..":
		return []elem{{kind: elemGapShort}}, nil
	case "...":
		return []elem{{kind: elemGapLong}}, nil
	case "^":
		return []elem{{kind: elemBOS}}, nil
	case "$":
		return []elem{{kind: elemEOS}}, nil
	case ",":
		return []elem{{kind: elemComma}}, nil
	}
	words := normaliseWords(w)
	if len(words) == 0 {
		return nil, fmt.Errorf("pattern word %q has no letters", w)
	}
	out := make([]elem, len(words))
	for i, word := range words {
		out[i] = elem{kind: elemWord, word: word}
	}
	return out, nil
}

// normaliseWords returns the normalised words of text, contractions
// expanded, exactly as prose is tokenized.
func normaliseWords(text string) []string {
	t := tokenizer{record: true}
	src := []byte(text)
	t.segment(src, 0, len(src))
	return t.recorded
}
