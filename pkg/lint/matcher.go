package lint

import (
	"encoding/binary"
	"fmt"
	"slices"
	"sync"
)

// matcher finds every rule's patterns in one pass over the token stream.
//
// Each pattern compiles to a small automaton (its alternatives are not
// expanded, so start-up stays cheap as the phrase lists grow). Together
// they form one NFA, run from every token as a lazily built DFA: the set
// of NFA states live after each token is a DFA state, and its transitions
// are computed once and cached. A token that starts no pattern costs one
// table lookup; a phrase costs one cached step per word.
type matcher struct {
	vocab  *vocabulary
	terms  []termInfo
	states []nstate
	starts []int32 // entry states of every pattern

	mu    sync.Mutex // guards the lazily built DFA below
	dfa   []dstate
	index map[string]int32 // sorted NFA state set -> DFA state
	// initial[bos][symbol] is the DFA state after a pattern's first token
	// (bos: the token starts a sentence). 0 = dead, -1 = not computed.
	initial [2][]int32
}

type termInfo struct {
	rule    int
	pattern string
	except  bool
}

type edgeKind uint8

const (
	edgeEps   edgeKind = iota
	edgeWords          // one of a sorted set of word ids
	edgeAny            // any one word
	edgeBOS            // the match starts a sentence
	edgeEOS            // the previous word ended a sentence
	edgeComma          // the next word follows a comma or dash
)

type nedge struct {
	kind  edgeKind
	words []int32
	to    int32
}

type nstate struct {
	edges []nedge
	term  int32 // pattern index + 1 when a match ends here; 0 otherwise
}

// dstate is a set of NFA states after some tokens, closed under epsilon.
type dstate struct {
	set   []int32
	terms []int32         // patterns that have matched when this state is reached
	next  map[int32]int32 // symbol -> DFA state (0 = dead)
}

// symbol folds a token into the transition key: its word and the two
// punctuation flags patterns can test.
func symbol(t *Token) int32 {
	return t.Word<<2 | int32(t.Flags&CommaBefore)>>2<<1 | int32(t.Flags&SentenceEnd)>>1
}

// compileMatcher builds one matcher for all the rules' patterns.
func compileMatcher(rules []*Rule) (*matcher, error) {
	m := &matcher{vocab: newVocabulary(), index: map[string]int32{}}
	// Words the tokenizer's contraction expansion produces must have ids
	// even when no pattern uses them alone.
	for _, w := range []string{"am", "are", "is", "have", "will", "would", "not", "us"} {
		m.vocab.add(w)
	}
	m.states = append(m.states, nstate{}) // state 0 is never used: ids start at 1
	for ri, r := range rules {
		add := func(p string, except bool) error {
			n, err := parsePattern(p)
			if err != nil {
				return fmt.Errorf("rule %s: %w", r.ID, err)
			}
			m.terms = append(m.terms, termInfo{rule: ri, pattern: p, except: except})
			final := m.newState()
			m.states[final].term = int32(len(m.terms))
			m.starts = append(m.starts, m.build(n, final))
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
	m.dfa = append(m.dfa, dstate{}) // DFA state 0: dead
	for b := range m.initial {
		m.initial[b] = make([]int32, len(m.vocab.words)<<2)
		for i := range m.initial[b] {
			m.initial[b][i] = -1
		}
	}
	return m, nil
}

func (m *matcher) newState() int32 {
	m.states = append(m.states, nstate{})
	return int32(len(m.states) - 1)
}

func (m *matcher) addEdge(from int32, e nedge) {
	m.states[from].edges = append(m.states[from].edges, e)
}

// build returns the entry state of n, whose matches continue at next.
func (m *matcher) build(n *pnode, next int32) int32 {
	switch {
	case n.elem != nil:
		return m.buildElem(n.elem, next)
	case n.alt:
		// Single-word alternatives share one edge: a sorted set of ids.
		s := m.newState()
		var words []int32
		for _, k := range n.kids {
			if w := k.singleWord(); w != nil {
				words = append(words, m.vocab.add(w.word))
				continue
			}
			m.addEdge(s, nedge{kind: edgeEps, to: m.build(k, next)})
		}
		if len(words) > 0 {
			slices.Sort(words)
			m.addEdge(s, nedge{kind: edgeWords, words: slices.Compact(words), to: next})
		}
		return s
	}
	for i := len(n.kids) - 1; i >= 0; i-- {
		next = m.build(n.kids[i], next)
	}
	return next
}

// singleWord returns the element when n is exactly one word.
func (n *pnode) singleWord() *elem {
	for n.elem == nil && !n.alt && len(n.kids) == 1 {
		n = n.kids[0]
	}
	if n.elem != nil && n.elem.kind == elemWord {
		return n.elem
	}
	return nil
}

func (m *matcher) buildElem(e *elem, next int32) int32 {
	s := m.newState()
	switch e.kind {
	case elemAny:
		m.addEdge(s, nedge{kind: edgeAny, to: next})
	case elemGapShort, elemGapLong:
		// A gap of up to k words is k optional wildcards.
		k := gapShort
		if e.kind == elemGapLong {
			k = gapLong
		}
		cur := s
		for i := 0; i < k; i++ {
			m.addEdge(cur, nedge{kind: edgeEps, to: next})
			nxt := m.newState()
			m.addEdge(cur, nedge{kind: edgeAny, to: nxt})
			cur = nxt
		}
		m.addEdge(cur, nedge{kind: edgeEps, to: next})
	case elemBOS:
		m.addEdge(s, nedge{kind: edgeBOS, to: next})
	case elemEOS:
		m.addEdge(s, nedge{kind: edgeEOS, to: next})
	case elemComma:
		m.addEdge(s, nedge{kind: edgeComma, to: next})
	default:
		m.addEdge(s, nedge{kind: edgeWords, words: []int32{m.vocab.add(e.word)}, to: next})
	}
	return s
}

// closeOver adds to set every state reachable from it through epsilon
// edges and through the assertion edges allowed (the kinds in follow).
func (m *matcher) closeOver(set []int32, follow [6]bool) []int32 {
	for i := 0; i < len(set); i++ {
		for _, e := range m.states[set[i]].edges {
			if (e.kind == edgeEps || e.kind >= edgeBOS && follow[e.kind]) && !slices.Contains(set, e.to) {
				set = append(set, e.to)
			}
		}
	}
	return set
}

// step computes the DFA state after reading a token with symbol sym from
// the NFA states in set. Callers hold m.mu.
func (m *matcher) step(set []int32, sym int32) int32 {
	var pre [6]bool
	pre[edgeComma] = sym&2 != 0
	cur := m.closeOver(slices.Clone(set), pre)
	id := sym >> 2
	var next []int32
	for _, s := range cur {
		for _, e := range m.states[s].edges {
			if e.kind == edgeAny || e.kind == edgeWords && id != 0 && hasWord(e.words, id) {
				if !slices.Contains(next, e.to) {
					next = append(next, e.to)
				}
			}
		}
	}
	if len(next) == 0 {
		return 0
	}
	var post [6]bool
	post[edgeEOS] = sym&1 != 0
	next = m.closeOver(next, post)
	slices.Sort(next)
	key := setKey(next)
	if d, ok := m.index[key]; ok {
		return d
	}
	d := dstate{set: next, next: map[int32]int32{}}
	for _, s := range next {
		if t := m.states[s].term; t != 0 {
			d.terms = append(d.terms, t-1)
		}
	}
	m.dfa = append(m.dfa, d)
	m.index[key] = int32(len(m.dfa) - 1)
	return int32(len(m.dfa) - 1)
}

func setKey(set []int32) string {
	b := make([]byte, 0, 4*len(set))
	for _, s := range set {
		b = binary.LittleEndian.AppendUint32(b, uint32(s))
	}
	return string(b)
}

// startSet is the NFA states a match can begin in.
func (m *matcher) startSet(bos bool) []int32 {
	var follow [6]bool
	follow[edgeBOS] = bos
	return m.closeOver(slices.Clone(m.starts), follow)
}

// rawMatch is a pattern occurrence before it is handed to its rule.
type rawMatch struct {
	term       int32 // index into matcher.terms
	start, end int32
}

// run appends every pattern occurrence in toks to out, once per
// (pattern, start, end). Matches never cross a sentence boundary.
func (m *matcher) run(toks []Token, out []rawMatch) []rawMatch {
	m.mu.Lock()
	defer m.mu.Unlock()
	var startSets [2][]int32
	for i := range toks {
		bos := 0
		if toks[i].Flags&SentenceStart != 0 {
			bos = 1
		}
		sym := symbol(&toks[i])
		d := m.initial[bos][sym]
		if d < 0 {
			if startSets[bos] == nil {
				startSets[bos] = m.startSet(bos == 1)
			}
			d = m.step(startSets[bos], sym&^2) // no comma before a match's first word
			m.initial[bos][sym] = d
		}
		sent := toks[i].Sent
		for j := i + 1; d != 0; j++ {
			for _, t := range m.dfa[d].terms {
				out = append(out, rawMatch{term: t, start: int32(i), end: int32(j)})
			}
			if j >= len(toks) || toks[j].Sent != sent {
				break
			}
			sym := symbol(&toks[j])
			nd, ok := m.dfa[d].next[sym]
			if !ok {
				nd = m.step(m.dfa[d].set, sym)
				m.dfa[d].next[sym] = nd
			}
			d = nd
		}
	}
	return out
}

// hasWord searches a sorted id set; sets are short, so scan small ones.
func hasWord(ids []int32, id int32) bool {
	if len(ids) <= 8 {
		for _, w := range ids {
			if w == id {
				return true
			}
		}
		return false
	}
	_, ok := slices.BinarySearch(ids, id)
	return ok
}
