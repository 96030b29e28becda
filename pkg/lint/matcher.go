package lint

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/bits"
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
	vocab    *vocabulary
	terms    []termInfo
	states   []nstate
	edges    []nedge
	wordSets []int32 // the sorted word sets of multi-word edges, end to end
	starts   []int32 // entry states of every pattern
	build_   []pendingEdge
	// suffixEdges index the pending edges that read a suffix class.
	suffixEdges []int

	// first[bos] indexes the start states' edges by word (bos: the token
	// starts a sentence), so a match's first step need not scan every
	// pattern.
	first [2]*firstIndex

	// caches are the lazily built DFAs not in use: one per goroutine that
	// matches at the same time, so the files of one run match in
	// parallel. A free list, not a sync.Pool: a pool forgets its contents
	// at every garbage collection, and a DFA is costly to warm up again.
	mu     sync.Mutex
	caches []*dfaCache
}

// dfaCache is a lazily built DFA over the matcher's NFA: the set of NFA
// states live after each token is a DFA state, and its transitions are
// computed once and cached. It is used by one goroutine at a time.
type dfaCache struct {
	m     *matcher
	dfa   []dstate
	trans transitions      // (DFA state, symbol) -> DFA state
	index map[string]int32 // sorted NFA state set -> DFA state
	// initial[bos][symbol] is one more than the DFA state after a
	// pattern's first token (so 1 = dead); 0 = not computed yet, so the
	// tables need no filling and only the entries a letter uses are
	// touched.
	initial [2][]int32

	mark []uint32 // per NFA state: the generation that last visited it
	gen  uint32

	// Scratch sets, reused: a DFA state copies its set only when new.
	next, cur []int32
	key       []byte
}

// firstIndex is what a match's first word can lead to: the target states
// of word id w are to[off[w]:off[w+1]]; the last entry, after every word,
// holds the targets of wildcard edges.
type firstIndex struct {
	off []int32
	to  []int32
}

func (f *firstIndex) targets(id int32) []int32 { return f.to[f.off[id]:f.off[id+1]] }

// anyTargets are the states a match's first word reaches whatever it is.
func (f *firstIndex) anyTargets() []int32 { return f.targets(int32(len(f.off) - 2)) }

type termInfo struct {
	rule     int
	pattern  string
	except   bool
	sentence bool // an ExceptSentence pattern
}

type edgeKind int32 // int32, so an nedge is four int32s (see matcherFrom)

const (
	edgeEps   edgeKind = iota
	edgeWords          // one of a sorted set of word ids
	edgeAny            // any one word
	edgeBOS            // the match starts a sentence
	edgeEOS            // the previous word ended a sentence
	edgeComma          // the next word follows a comma or dash
)

// nedge holds no pointers, so building and copying thousands of them
// costs no write barriers: word sets live in matcher.wordSets.
type nedge struct {
	kind edgeKind
	// For edgeWords: one word id (n == 0), or n ids at wordSets[word:].
	word, n int32
	to      int32
}

// matches reports whether a word or wildcard edge reads word id.
func (m *matcher) matches(e *nedge, id int32) bool {
	switch {
	case e.kind == edgeAny:
		return true
	case e.kind != edgeWords || id == 0:
		return false
	case e.n == 0:
		return e.word == id
	}
	return hasWord(m.wordSets[e.word:e.word+e.n], id)
}

// wordsOf returns the ids an edgeWords reads.
func (m *matcher) wordsOf(e *nedge) []int32 {
	if e.n == 0 {
		return []int32{e.word}
	}
	return m.wordSets[e.word : e.word+e.n]
}

type nstate struct {
	off, n int32 // the state's edges are edges[off : off+n]
	term   int32 // pattern index + 1 when a match ends here; 0 otherwise
}

// pendingEdge is an edge while the NFA is being built.
type pendingEdge struct {
	from int32
	e    nedge
}

// dstate is a set of NFA states after some tokens, closed under epsilon.
type dstate struct {
	set   []int32
	terms []int32 // patterns that have matched when this state is reached
}

// symbol folds a token into the transition key: its word and the two
// punctuation flags patterns can test.
func symbol(t *Token) int32 {
	return int32(t.Word)<<2 | int32(t.Flags&CommaBefore)>>2<<1 | int32(t.Flags&SentenceEnd)>>1
}

// compileMatcher builds one matcher for all the rules' patterns.
func compileMatcher(rules []*Rule) (*matcher, error) {
	m := &matcher{vocab: newVocabulary()}
	// Size the build from the pattern text (about one edge per 6 bytes) so
	// the arrays don't grow by copying while hundreds of patterns compile.
	m.terms = termsOf(rules)
	size := 0
	for _, t := range m.terms {
		size += len(t.pattern)
	}
	m.build_ = make([]pendingEdge, 0, size/6+16)
	m.states = make([]nstate, 1, size/6+16) // state 0 is never used: ids start at 1
	for i, t := range m.terms {
		entry, err := m.compilePattern(t.pattern, int32(i+1))
		if err != nil {
			return nil, fmt.Errorf("rule %s: %w", rules[t.rule].ID, err)
		}
		m.starts = append(m.starts, entry)
	}
	m.resolveSuffixes()
	if n := len(m.vocab.words); n > math.MaxUint16+1 {
		return nil, fmt.Errorf("the patterns use %d different words; a token's word id holds %d", n, math.MaxUint16+1)
	}
	m.freezeEdges()
	m.ready()
	return m, nil
}

// ready indexes the pattern starts once the NFA is complete, unless the
// index came precompiled.
func (m *matcher) ready() {
	if m.vocab.slots == nil {
		m.vocab.freeze()
	}
	if m.first[0] != nil {
		return
	}
	c := m.newCache()
	for bos := range m.first {
		var follow [6]bool
		follow[edgeBOS] = bos == 1
		start := c.closeOver(c.marked(slices.Clone(m.starts)), follow)
		byWord := make([][]int32, len(m.vocab.words)+1) // the last: wildcards
		for _, s := range start {
			for _, e := range m.edgesOf(s) {
				switch {
				case e.kind == edgeAny:
					byWord[len(m.vocab.words)] = append(byWord[len(m.vocab.words)], e.to)
				case e.kind == edgeWords:
					for _, id := range m.wordsOf(&e) {
						byWord[id] = append(byWord[id], e.to)
					}
				}
			}
		}
		f := &firstIndex{off: make([]int32, 0, len(byWord)+1)}
		for _, ts := range byWord {
			f.off = append(f.off, int32(len(f.to)))
			f.to = append(f.to, ts...)
		}
		f.off = append(f.off, int32(len(f.to)))
		m.first[bos] = f
	}
	m.putCache(c)
}

func (m *matcher) getCache() *dfaCache {
	m.mu.Lock()
	defer m.mu.Unlock()
	if n := len(m.caches); n > 0 {
		c := m.caches[n-1]
		m.caches = m.caches[:n-1]
		return c
	}
	return m.newCache()
}

func (m *matcher) putCache(c *dfaCache) {
	m.mu.Lock()
	m.caches = append(m.caches, c)
	m.mu.Unlock()
}

// newCache returns an empty DFA over the matcher's NFA.
func (m *matcher) newCache() *dfaCache {
	c := &dfaCache{m: m, index: map[string]int32{}, dfa: []dstate{{}}, mark: make([]uint32, len(m.states))}
	for b := range c.initial {
		c.initial[b] = make([]int32, len(m.vocab.words)<<2)
	}
	return c
}

func (m *matcher) newState() int32 {
	m.states = append(m.states, nstate{})
	return int32(len(m.states) - 1)
}

func (m *matcher) addEdge(from int32, e nedge) {
	m.build_ = append(m.build_, pendingEdge{from, e})
}

// freezeEdges lays the built edges out by state (a counting sort), so
// each state's edges are one contiguous slice.
func (m *matcher) freezeEdges() {
	for _, p := range m.build_ {
		m.states[p.from].n++
	}
	var off int32
	for i := range m.states {
		m.states[i].off = off
		off += m.states[i].n
		m.states[i].n = 0
	}
	m.edges = make([]nedge, len(m.build_))
	for _, p := range m.build_ {
		st := &m.states[p.from]
		m.edges[st.off+st.n] = p.e
		st.n++
	}
	m.build_ = nil
}

func (m *matcher) edgesOf(s int32) []nedge {
	st := &m.states[s]
	return m.edges[st.off : st.off+st.n]
}

// visit starts a new generation of visited marks.
func (c *dfaCache) visit() {
	c.gen++
	if c.gen == 0 { // wrapped: forget every old mark
		clear(c.mark)
		c.gen = 1
	}
}

// closeOver adds to set every state reachable from it through epsilon
// edges and through the assertion edges allowed (the kinds in follow).
// The states already in set must carry the current generation's mark.
func (c *dfaCache) closeOver(set []int32, follow [6]bool) []int32 {
	for i := 0; i < len(set); i++ {
		for _, e := range c.m.edgesOf(set[i]) {
			if (e.kind == edgeEps || e.kind >= edgeBOS && follow[e.kind]) && c.mark[e.to] != c.gen {
				c.mark[e.to] = c.gen
				set = append(set, e.to)
			}
		}
	}
	return set
}

// marked starts a generation with set's states marked, and returns set.
func (c *dfaCache) marked(set []int32) []int32 {
	c.visit()
	for _, s := range set {
		c.mark[s] = c.gen
	}
	return set
}

// consume returns the states reached from set by reading word id.
func (c *dfaCache) consume(set []int32, id int32) []int32 {
	c.visit()
	next := c.next[:0]
	for _, s := range set {
		for i, es := 0, c.m.edgesOf(s); i < len(es); i++ {
			if e := &es[i]; c.m.matches(e, id) && c.mark[e.to] != c.gen {
				c.mark[e.to] = c.gen
				next = append(next, e.to)
			}
		}
	}
	return next
}

// step computes the DFA state after reading a token with symbol sym from
// the NFA states in set.
func (c *dfaCache) step(set []int32, sym int32) int32 {
	cur := set // already closed over epsilons by enter
	if sym&2 != 0 {
		// A comma before this word opens the patterns' comma edges.
		var pre [6]bool
		pre[edgeComma] = true
		c.cur = c.closeOver(c.marked(append(c.cur[:0], set...)), pre)
		cur = c.cur
	}
	return c.enter(c.consume(cur, sym>>2), sym)
}

// enter closes the states reached by reading a token (marked in the
// current generation) and returns their DFA state, creating it if new.
func (c *dfaCache) enter(next []int32, sym int32) int32 {
	if len(next) == 0 {
		return 0
	}
	var post [6]bool
	post[edgeEOS] = sym&1 != 0
	next = c.closeOver(next, post)
	c.next = next // keep the grown scratch
	slices.Sort(next)
	c.key = setKey(c.key[:0], next)
	if d, ok := c.index[string(c.key)]; ok { // no allocation: a lookup
		return d
	}
	key := string(c.key)
	d := dstate{set: slices.Clone(next)}
	for _, s := range next {
		if t := c.m.states[s].term; t != 0 {
			d.terms = append(d.terms, t-1)
		}
	}
	c.dfa = append(c.dfa, d)
	c.index[key] = int32(len(c.dfa) - 1)
	return int32(len(c.dfa) - 1)
}

// firstStep is step for a match's first token, through the first index.
func (c *dfaCache) firstStep(bos int, sym int32) int32 {
	f := c.m.first[bos]
	c.visit()
	next := c.next[:0]
	add := func(targets []int32) {
		for _, t := range targets {
			if c.mark[t] != c.gen {
				c.mark[t] = c.gen
				next = append(next, t)
			}
		}
	}
	if id := sym >> 2; id != 0 {
		add(f.targets(id))
	}
	add(f.anyTargets())
	return c.enter(next, sym)
}

// setKey appends the index key of a sorted state set to b.
func setKey(b []byte, set []int32) []byte {
	for _, s := range set {
		b = binary.LittleEndian.AppendUint32(b, uint32(s))
	}
	return b
}

// rawMatch is a pattern occurrence before it is handed to its rule.
type rawMatch struct {
	term       int32 // index into matcher.terms
	start, end int32
}

// run appends every pattern occurrence in toks to out, once per
// (pattern, start, end). Matches never cross a sentence boundary. It is
// safe for concurrent use: each call takes a DFA of its own.
func (m *matcher) run(toks []Token, out []rawMatch) []rawMatch {
	c := m.getCache()
	out = c.run(toks, out)
	m.putCache(c)
	return out
}

func (c *dfaCache) run(toks []Token, out []rawMatch) []rawMatch {
	for i := range toks {
		bos := 0
		if toks[i].Flags&SentenceStart != 0 {
			bos = 1
		}
		sym := symbol(&toks[i])
		d := c.initial[bos][sym] - 1
		if d < 0 {
			d = c.firstStep(bos, sym)
			c.initial[bos][sym] = d + 1
		}
		sent := toks[i].Sent
		for j := i + 1; d != 0; j++ {
			for _, t := range c.dfa[d].terms {
				out = append(out, rawMatch{term: t, start: int32(i), end: int32(j)})
			}
			if j >= len(toks) || toks[j].Sent != sent {
				break
			}
			sym := symbol(&toks[j])
			nd, ok := c.trans.get(d, sym)
			if !ok {
				nd = c.step(c.dfa[d].set, sym)
				c.trans.put(d, sym, nd)
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

// transitions is an open-addressing hash table from (DFA state, symbol)
// to the next DFA state: the lint hot path, where a Go map's generality
// costs twice as much.
type transitions struct {
	keys []uint64 // 0 = empty; else state<<32 | symbol, plus 1 in the top bit
	vals []int32
	n    int
}

func transKey(d, sym int32) uint64 { return 1<<63 | uint64(uint32(d))<<32 | uint64(uint32(sym)) }

func (t *transitions) slot(k uint64) int {
	h := k * 0x9E3779B97F4A7C15 // Fibonacci hashing
	return int(h >> (64 - bits.Len(uint(len(t.keys)-1))))
}

func (t *transitions) get(d, sym int32) (int32, bool) {
	if len(t.keys) == 0 {
		return 0, false
	}
	k := transKey(d, sym)
	mask := len(t.keys) - 1
	for i := t.slot(k); ; i = (i + 1) & mask {
		switch t.keys[i] {
		case k:
			return t.vals[i], true
		case 0:
			return 0, false
		}
	}
}

func (t *transitions) put(d, sym, to int32) {
	if 2*(t.n+1) > len(t.keys) {
		t.grow()
	}
	k := transKey(d, sym)
	mask := len(t.keys) - 1
	i := t.slot(k)
	for t.keys[i] != 0 && t.keys[i] != k {
		i = (i + 1) & mask
	}
	if t.keys[i] == 0 {
		t.n++
	}
	t.keys[i], t.vals[i] = k, to
}

func (t *transitions) grow() {
	old, oldVals := t.keys, t.vals
	size := 2 * len(old)
	if size == 0 {
		size = 1024
	}
	t.keys, t.vals, t.n = make([]uint64, size), make([]int32, size), 0
	for i, k := range old {
		if k != 0 {
			t.put(int32(k>>32&0x7fffffff), int32(uint32(k)), oldVals[i])
		}
	}
}
