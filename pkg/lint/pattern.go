package lint

import (
	"fmt"
	"sort"
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

// expandPattern returns every word sequence a pattern stands for.
func expandPattern(p string) ([][]elem, error) {
	lex, err := lexPattern(p)
	if err != nil {
		return nil, err
	}
	ps := &patternParser{lex: lex}
	seqs, err := ps.alts()
	if err != nil {
		return nil, err
	}
	if ps.pos != len(ps.lex) {
		return nil, fmt.Errorf("pattern %q: unbalanced ')'", p)
	}
	for _, s := range seqs {
		if len(s) == 0 {
			return nil, fmt.Errorf("pattern %q can match nothing", p)
		}
		if k := s[len(s)-1].kind; k == elemGapShort || k == elemGapLong {
			return nil, fmt.Errorf("pattern %q ends in a gap", p)
		}
		if k := s[0].kind; k == elemGapShort || k == elemGapLong {
			return nil, fmt.Errorf("pattern %q starts with a gap", p)
		}
	}
	if len(seqs) > 4096 {
		return nil, fmt.Errorf("pattern %q expands to %d sequences; split it", p, len(seqs))
	}
	return seqs, nil
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

type patternParser struct {
	lex []string
	pos int
}

// alts parses seq ('|' seq)*.
func (ps *patternParser) alts() ([][]elem, error) {
	all, err := ps.seq()
	if err != nil {
		return nil, err
	}
	for ps.pos < len(ps.lex) && ps.lex[ps.pos] == "|" {
		ps.pos++
		more, err := ps.seq()
		if err != nil {
			return nil, err
		}
		all = append(all, more...)
	}
	return all, nil
}

// seq parses a run of words and groups into the cartesian product.
func (ps *patternParser) seq() ([][]elem, error) {
	out := [][]elem{{}}
	for ps.pos < len(ps.lex) {
		tok := ps.lex[ps.pos]
		var parts [][]elem
		switch tok {
		case "|", ")":
			return out, nil
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
			parts = inner
		default:
			ps.pos++
			e, err := wordElems(tok)
			if err != nil {
				return nil, err
			}
			parts = [][]elem{e}
		}
		next := make([][]elem, 0, len(out)*len(parts))
		for _, a := range out {
			for _, b := range parts {
				s := make([]elem, 0, len(a)+len(b))
				next = append(next, append(append(s, a...), b...))
			}
		}
		out = next
	}
	return out, nil
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

// matcher finds every rule's patterns in one pass over the token stream: a
// trie keyed by word ids, with wildcard, gap and assertion edges.
type matcher struct {
	vocab *vocabulary
	root  []*trieNode // first-word table indexed by word id
	start *trieNode   // patterns starting with something other than a word
	terms []termInfo
}

type termInfo struct {
	rule    int
	pattern string
	except  bool
}

type wordEdge struct {
	word int32
	to   *trieNode
}

type trieNode struct {
	words    []wordEdge // sorted by word
	any      *trieNode
	gapShort *trieNode
	gapLong  *trieNode
	bos, eos *trieNode
	comma    *trieNode
	terms    []int32
}

func (n *trieNode) child(id int32) *trieNode {
	ws := n.words
	i := sort.Search(len(ws), func(i int) bool { return ws[i].word >= id })
	if i < len(ws) && ws[i].word == id {
		return ws[i].to
	}
	return nil
}

func (n *trieNode) edge(e elem, vocab *vocabulary) *trieNode {
	slot := func(p **trieNode) *trieNode {
		if *p == nil {
			*p = &trieNode{}
		}
		return *p
	}
	switch e.kind {
	case elemAny:
		return slot(&n.any)
	case elemGapShort:
		return slot(&n.gapShort)
	case elemGapLong:
		return slot(&n.gapLong)
	case elemBOS:
		return slot(&n.bos)
	case elemEOS:
		return slot(&n.eos)
	case elemComma:
		return slot(&n.comma)
	}
	id := vocab.add(e.word)
	if c := n.child(id); c != nil {
		return c
	}
	c := &trieNode{}
	i := sort.Search(len(n.words), func(i int) bool { return n.words[i].word >= id })
	n.words = append(n.words, wordEdge{})
	copy(n.words[i+1:], n.words[i:])
	n.words[i] = wordEdge{word: id, to: c}
	return c
}

// compileMatcher builds one matcher for all the rules' patterns.
func compileMatcher(rules []*Rule) (*matcher, error) {
	m := &matcher{vocab: newVocabulary()}
	// Words the tokenizer's contraction expansion produces must have ids
	// even when no pattern uses them alone.
	for _, w := range []string{"am", "are", "is", "have", "will", "would", "not", "us"} {
		m.vocab.add(w)
	}
	top := &trieNode{}
	for ri, r := range rules {
		add := func(p string, except bool) error {
			seqs, err := expandPattern(p)
			if err != nil {
				return fmt.Errorf("rule %s: %w", r.ID, err)
			}
			term := int32(len(m.terms))
			m.terms = append(m.terms, termInfo{rule: ri, pattern: p, except: except})
			for _, s := range seqs {
				n := top
				for _, e := range s {
					n = n.edge(e, m.vocab)
				}
				if len(n.terms) == 0 || n.terms[len(n.terms)-1] != term {
					n.terms = append(n.terms, term)
				}
			}
			return nil
		}
		for _, p := range r.Phrases {
			if err := add(p, false); err != nil {
				return nil, err
			}
		}
		for _, p := range r.Except {
			if err := add(p, true); err != nil {
				return nil, err
			}
		}
	}
	m.root = make([]*trieNode, len(m.vocab.words))
	for _, e := range top.words {
		m.root[e.word] = e.to
	}
	top.words = nil
	m.start = top
	return m, nil
}

// rawMatch is a pattern occurrence before it is handed to its rule.
type rawMatch struct {
	term       int32
	start, end int32
}

// run finds every pattern occurrence in toks.
func (m *matcher) run(toks []Token, out []rawMatch) []rawMatch {
	for i := range toks {
		if id := toks[i].Word; id != 0 {
			if n := m.root[id]; n != nil {
				out = m.walk(n, toks, i, i+1, out)
			}
		}
		if m.start.bos != nil || m.start.any != nil || m.start.comma != nil {
			out = m.walk(m.start, toks, i, i, out)
		}
	}
	return out
}

// walk follows node n with token j next; the match began at token start.
func (m *matcher) walk(n *trieNode, toks []Token, start, j int, out []rawMatch) []rawMatch {
	for _, t := range n.terms {
		if j > start {
			out = append(out, rawMatch{term: t, start: int32(start), end: int32(j)})
		}
	}
	sent := toks[start].Sent
	inSentence := j < len(toks) && toks[j].Sent == sent
	if inSentence {
		if id := toks[j].Word; id != 0 && len(n.words) > 0 {
			if c := n.child(id); c != nil {
				out = m.walk(c, toks, start, j+1, out)
			}
		}
		if n.any != nil {
			out = m.walk(n.any, toks, start, j+1, out)
		}
		if n.comma != nil && j > start && toks[j].Flags&CommaBefore != 0 {
			out = m.walk(n.comma, toks, start, j, out)
		}
	}
	if n.bos != nil && j == start && toks[j].Flags&SentenceStart != 0 {
		out = m.walk(n.bos, toks, start, j, out)
	}
	if n.eos != nil && j > start && toks[j-1].Flags&SentenceEnd != 0 {
		out = m.walk(n.eos, toks, start, j, out)
	}
	for _, g := range [2]struct {
		n   *trieNode
		max int
	}{{n.gapShort, gapShort}, {n.gapLong, gapLong}} {
		if g.n == nil {
			continue
		}
		for k := 0; k <= g.max && j+k < len(toks) && toks[j+k].Sent == sent; k++ {
			out = m.walk(g.n, toks, start, j+k, out)
		}
	}
	return out
}
