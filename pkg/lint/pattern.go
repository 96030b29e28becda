package lint

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/apology-cli/apology/pkg/lang"
)

// Pattern syntax, over normalised words (lower case, one apostrophe form,
// contractions expanded, so "I'm" in a pattern matches "I am" and "im"):
//
//	sorry if          words in sequence
//	sorry|regret      one of several words
//	(so|very|)        a group of alternatives; an empty one makes it optional
//	(i am|we are)     alternatives may be several words long
//	*                 any one word
//	*ed               any word ending in "ed" (a suffix of lower-case letters)
//	..                up to 3 words (a short gap)
//	...               up to 8 words (a long gap)
//	^  $              the start / end of a sentence
//	,                 a comma, semicolon, colon or dash before the next word
//	@harm             any member of a lexical class of pkg/lang ("offend",
//	                  "offended", "offence", ...), as a group of alternatives
//	                  (inside a|b, write (a|@harm))
//
// A match never crosses a sentence boundary.
//
// Patterns compile in one pass straight into the matcher's NFA: no syntax
// tree and no expansion of alternatives, because every `apology` process
// compiles hundreds of them before it reads a letter.

const (
	gapShort = 3
	gapLong  = 8
)

// patternCompiler reads one pattern and adds its states to a matcher.
type patternCompiler struct {
	m     *matcher
	src   string
	pos   int
	depth int
	tok   string // current token: "(", ")", "|", a word, or "" at the end
	glued bool   // the current word is immediately followed by '|'
}

// compilePattern adds pattern p to m and returns its entry state.
func (m *matcher) compilePattern(p string, term int32) (int32, error) {
	src, err := expandClasses(p)
	if err != nil {
		return 0, fmt.Errorf("pattern %q: %w", p, err)
	}
	c := &patternCompiler{m: m, src: src}
	firstEdge := len(m.build_)
	entry := m.newState()
	c.next()
	if isGap(c.tok) {
		return 0, fmt.Errorf("pattern %q starts with a gap", p)
	}
	exit, last, err := c.alts(entry)
	if err != nil {
		return 0, fmt.Errorf("pattern %q: %w", p, err)
	}
	if c.tok != "" {
		return 0, fmt.Errorf("pattern %q: unbalanced ')'", p)
	}
	if isGap(last) {
		return 0, fmt.Errorf("pattern %q ends in a gap", p)
	}
	if last == "," || last == "^" {
		// Both test the word after them, which a match never reads.
		return 0, fmt.Errorf("pattern %q ends in %q, which can never match", p, last)
	}
	m.states[exit].term = term
	if m.zeroWidthPath(m.build_[firstEdge:], entry, exit) {
		return 0, fmt.Errorf("pattern %q can match nothing", p)
	}
	return entry, nil
}

// classesKey identifies the contents of pkg/lang's lexical classes, for
// the fingerprint of precompiled tables.
var classesKey = sync.OnceValue(func() string { return fmt.Sprintf("classes %08x", lang.ClassesDigest()) })

// expandClasses replaces each "@name" in p by the group of its class's
// members: "(offend|offended|...)".
func expandClasses(p string) (string, error) {
	if !strings.Contains(p, "@") {
		return p, nil
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(p, '@')
		if i < 0 {
			b.WriteString(p)
			return b.String(), nil
		}
		b.WriteString(p[:i])
		j := i + 1
		for j < len(p) && p[j] >= 'a' && p[j] <= 'z' {
			j++
		}
		ws, ok := lang.ClassWords(p[i+1 : j])
		if !ok {
			return "", fmt.Errorf("no word class %q", p[i:j])
		}
		b.WriteByte('(')
		b.WriteString(strings.Join(ws, "|"))
		b.WriteByte(')')
		p = p[j:]
	}
}

func isGap(tok string) bool { return tok == ".." || tok == "..." }

// next advances to the next token.
func (c *patternCompiler) next() {
	for c.pos < len(c.src) && (c.src[c.pos] == ' ' || c.src[c.pos] == '\t' || c.src[c.pos] == '\n') {
		c.pos++
	}
	c.glued = false
	if c.pos >= len(c.src) {
		c.tok = ""
		return
	}
	start := c.pos
	switch c.src[c.pos] {
	case '(', ')', '|':
		c.pos++
		c.tok = c.src[start:c.pos]
		return
	}
	for c.pos < len(c.src) {
		switch c.src[c.pos] {
		case ' ', '\t', '\n', '(', ')', '|':
			c.tok = c.src[start:c.pos]
			c.glued = c.src[c.pos] == '|'
			return
		}
		c.pos++
	}
	c.tok = c.src[start:]
}

// alts compiles seq ('|' seq)* starting at state from and returns the
// state where every alternative ends, and the last token of the sequence.
// One-word alternatives share a single edge holding a set of words.
func (c *patternCompiler) alts(from int32) (exit int32, last string, err error) {
	// A fresh exit: joining at from itself (an empty alternative) would
	// loop the word edges back onto their own start.
	exit = c.m.newState()
	var words []int32
	join := func(end int32) { c.m.addEdge(end, nedge{kind: edgeEps, to: exit}) }
	for {
		if w, ok := c.singleWord(); ok {
			words = append(words, c.m.vocab.add(w))
			c.next()
		} else {
			end, l, err := c.seq(from)
			if err != nil {
				return 0, "", err
			}
			last = l
			join(end)
		}
		if c.tok != "|" {
			break
		}
		c.next()
	}
	if len(words) > 0 {
		c.m.addWords(from, words, exit)
	}
	return exit, last, nil
}

// singleWord reports whether the current alternative is exactly one
// plain word (followed by '|', ')' or the end).
func (c *patternCompiler) singleWord() (string, bool) {
	if !isPlainWord(c.tok) || c.glued && c.depth == 0 {
		return "", false // outside parentheses, "a|b c" means "(a|b) c"
	}
	rest := c.pos
	for rest < len(c.src) && c.src[rest] == ' ' {
		rest++
	}
	if rest == len(c.src) || c.src[rest] == '|' || c.src[rest] == ')' {
		return c.tok, true
	}
	return "", false
}

// seq compiles words and groups in sequence from state from.
func (c *patternCompiler) seq(from int32) (exit int32, last string, err error) {
	cur := from
	for {
		switch tok := c.tok; {
		case tok == "" || tok == "|" || tok == ")":
			return cur, last, nil
		case tok == "(":
			c.depth++
			c.next()
			end, _, err := c.alts(cur)
			if err != nil {
				return 0, "", err
			}
			if c.tok != ")" {
				return 0, "", fmt.Errorf("unbalanced '('")
			}
			c.depth--
			c.next()
			cur, last = end, ")"
		case c.glued && c.depth == 0:
			// "a|b" outside parentheses: one of several words.
			var words []int32
			end := c.m.newState()
			for {
				if isPlainWord(c.tok) {
					words = append(words, c.m.vocab.add(c.tok))
				} else if ws := normaliseWords(c.tok); len(ws) == 1 {
					words = append(words, c.m.vocab.add(ws[0]))
				} else if _, err := c.elemTo(cur, end); err != nil { // "can't" is two words
					return 0, "", err
				}
				glued := c.glued
				c.next()
				if !glued {
					break
				}
				c.next() // the '|'
			}
			if len(words) > 0 {
				c.m.addWords(cur, words, end)
			}
			cur, last = end, "word"
		default:
			end, err := c.elem(cur)
			if err != nil {
				return 0, "", err
			}
			cur, last = end, tok
			c.next()
		}
	}
}

// elem compiles the current word or operator from state from.
func (c *patternCompiler) elem(from int32) (int32, error) {
	return c.elemTo(from, c.m.newState())
}

// elemTo compiles the current word or operator from state from to end.
func (c *patternCompiler) elemTo(from, end int32) (int32, error) {
	m := c.m
	switch tok := c.tok; {
	case tok == "*":
		m.addEdge(from, nedge{kind: edgeAny, to: end})
	case len(tok) > 1 && tok[0] == '*' && isPlainWord(tok[1:]):
		// The edge reads the suffix's class; resolveSuffixes adds every
		// pattern word with that ending once all are known.
		m.suffixEdges = append(m.suffixEdges, len(m.build_))
		m.addEdge(from, nedge{kind: edgeWords, word: m.vocab.add(tok), to: end})
	case tok == ".." || tok == "...":
		// A gap of up to k words is k optional wildcards.
		k := gapShort
		if tok == "..." {
			k = gapLong
		}
		cur := from
		for i := 0; i < k; i++ {
			m.addEdge(cur, nedge{kind: edgeEps, to: end})
			nxt := m.newState()
			m.addEdge(cur, nedge{kind: edgeAny, to: nxt})
			cur = nxt
		}
		m.addEdge(cur, nedge{kind: edgeEps, to: end})
	case tok == "^":
		m.addEdge(from, nedge{kind: edgeBOS, to: end})
	case tok == "$":
		m.addEdge(from, nedge{kind: edgeEOS, to: end})
	case tok == ",":
		m.addEdge(from, nedge{kind: edgeComma, to: end})
	default:
		if isPlainWord(c.tok) {
			m.addEdge(from, nedge{kind: edgeWords, word: m.vocab.add(c.tok), to: end})
			return end, nil
		}
		words := normaliseWords(c.tok)
		if len(words) == 0 {
			return 0, fmt.Errorf("pattern word %q has no letters", c.tok)
		}
		cur := from
		for i, w := range words {
			to := end
			if i < len(words)-1 {
				to = m.newState()
			}
			m.addEdge(cur, nedge{kind: edgeWords, word: m.vocab.add(w), to: to})
			cur = to
		}
	}
	return end, nil
}

// resolveSuffixes makes each suffix edge ("*ed") also read the pattern
// words with that ending, which the tokenizer gives their own ids, and the
// classes of longer suffixes ("*red" is also "*ed").
func (m *matcher) resolveSuffixes() {
	for _, i := range m.suffixEdges {
		e := &m.build_[i].e
		suffix := m.vocab.words[e.word][1:]
		var ids []int32
		for id, w := range m.vocab.words {
			base := strings.TrimPrefix(w, "*")
			if strings.HasSuffix(base, suffix) && (w[0] == '*' || len(w) > len(suffix)+1) {
				ids = append(ids, int32(id))
			}
		}
		off := int32(len(m.wordSets))
		m.wordSets = append(m.wordSets, ids...) // ids ascend: vocabulary order
		e.word, e.n = off, int32(len(ids))
	}
	m.suffixEdges = nil
}

// addWords adds an edge reading any of words.
func (m *matcher) addWords(from int32, words []int32, to int32) {
	if len(words) == 1 {
		m.addEdge(from, nedge{kind: edgeWords, word: words[0], to: to})
		return
	}
	slices.Sort(words)
	words = slices.Compact(words)
	off := int32(len(m.wordSets))
	m.wordSets = append(m.wordSets, words...)
	m.addEdge(from, nedge{kind: edgeWords, word: off, n: int32(len(words)), to: to})
}

// zeroWidthPath reports whether exit is reachable from entry through
// edges that read no word: a pattern that could match nothing at all.
func (m *matcher) zeroWidthPath(edges []pendingEdge, entry, exit int32) bool {
	seen := []int32{entry}
	for i := 0; i < len(seen); i++ {
		if seen[i] == exit {
			return true
		}
		for _, p := range edges {
			if p.from == seen[i] && p.e.kind != edgeWords && p.e.kind != edgeAny && !slices.Contains(seen, p.e.to) {
				seen = append(seen, p.e.to)
			}
		}
	}
	return false
}

// isPlainWord reports whether w is already a normalised word (lower-case
// ASCII letters), the common case that needs no tokenizing.
func isPlainWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	_, contraction := bareContraction([]byte(w), hashString(w)) // "im" is "i am"
	return w != "" && !contraction
}

// normaliseWords returns the normalised words of text, contractions
// expanded, exactly as prose is tokenized.
func normaliseWords(text string) []string {
	t := tokenizer{record: true}
	src := []byte(text)
	t.segment(src, 0, len(src))
	return t.recorded
}
