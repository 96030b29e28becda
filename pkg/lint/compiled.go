package lint

import (
	"hash/crc32"
	"unsafe"
)

// Compiled is the matcher of a fixed rule set, compiled ahead of time by
// `go generate` into static tables, so a process that lints one letter
// does not spend its first milliseconds compiling hundreds of patterns.
// A Compiled whose Fingerprint no longer matches the rules is ignored and
// the patterns are compiled at start-up instead (correct, only slower);
// package rules tests that its tables are current.
type Compiled struct {
	Fingerprint uint32
	Words       []string // vocabulary by id; id 0 is ""
	States      []int32  // per state: edge offset, edge count, term
	Edges       []int32  // per edge: kind, word, n, to
	WordSets    []int32
	Starts      []int32
	// Slots is the vocabulary's hash table, and First the index of what a
	// match's first word leads to (off, then targets, for a word that
	// does not and then one that does start a sentence): what start-up
	// would otherwise rebuild.
	Slots               []int32
	FirstOff0, FirstTo0 []int32
	FirstOff1, FirstTo1 []int32
}

// Fingerprint identifies the patterns of a rule set (CRC-32, which is
// hardware-assisted, so checking it costs microseconds).
func Fingerprint(rules []*Rule) uint32 {
	// The text goes through a small buffer, checksummed a few KB at a
	// time: CRC-32 is a stream, so the sum is the same as piece by piece,
	// and a call per piece (thousands of short patterns) cost more than
	// copying them. The buffer is reused, never grown.
	var sum uint32
	buf := make([]byte, 0, 8<<10)
	flush := func() {
		sum = crc32.Update(sum, crc32.IEEETable, buf)
		buf = buf[:0]
	}
	add := func(s string) {
		if len(buf)+len(s) > cap(buf) {
			flush()
			if len(s) > cap(buf) {
				sum = crc32.Update(sum, crc32.IEEETable, unsafe.Slice(unsafe.StringData(s), len(s)))
				return
			}
		}
		buf = append(buf, s...)
	}
	add(classesKey()) // what "@class" in a pattern stands for
	for _, r := range rules {
		add(r.ID)
		add("\x00")
	}
	eachTerm(rules, func(t termInfo) {
		switch {
		case t.sentence:
			add("s")
		case t.except:
			add("e")
		default:
			add("p")
		}
		add(t.pattern)
		if len(buf)+3 > cap(buf) {
			flush()
		}
		buf = append(buf, 0, byte(t.rule), byte(t.rule>>8))
	})
	flush()
	return sum
}

// Precompile compiles the rules' patterns into tables (the generator in
// pkg/lint/rules/internal/gen writes them out as Go source).
func Precompile(rules []*Rule) (*Compiled, error) {
	m, err := compileMatcher(rules)
	if err != nil {
		return nil, err
	}
	c := &Compiled{
		Fingerprint: Fingerprint(rules),
		Words:       m.vocab.words,
		WordSets:    m.wordSets,
		Starts:      m.starts,
		Slots:       m.vocab.slots,
		FirstOff0:   m.first[0].off, FirstTo0: m.first[0].to,
		FirstOff1: m.first[1].off, FirstTo1: m.first[1].to,
	}
	for _, s := range m.states {
		c.States = append(c.States, s.off, s.n, s.term)
	}
	for _, e := range m.edges {
		c.Edges = append(c.Edges, int32(e.kind), e.word, e.n, e.to)
	}
	return c, nil
}

// The precompiled layout must stay the structs' layout.
var (
	_ [unsafe.Sizeof(nstate{}) - 12]struct{}
	_ [12 - unsafe.Sizeof(nstate{})]struct{}
	_ [unsafe.Sizeof(nedge{}) - 16]struct{}
	_ [16 - unsafe.Sizeof(nedge{})]struct{}
)

// matcherFrom rebuilds a matcher from precompiled tables.
func matcherFrom(c *Compiled, rules []*Rule) *matcher {
	m := &matcher{vocab: vocabularyOf(c.Words, c.Slots)}
	// The tables are the states' and edges' own memory layout (structs of
	// three and four int32s), so they are used in place: converting tens
	// of thousands of entries cost more than the rest of start-up. The
	// matcher never writes to them.
	m.states = unsafe.Slice((*nstate)(unsafe.Pointer(unsafe.SliceData(c.States))), len(c.States)/3)
	m.edges = unsafe.Slice((*nedge)(unsafe.Pointer(unsafe.SliceData(c.Edges))), len(c.Edges)/4)
	m.wordSets, m.starts = c.WordSets, c.Starts
	m.terms = termsOf(rules)
	if len(c.FirstOff0) > 0 {
		m.first[0] = &firstIndex{off: c.FirstOff0, to: c.FirstTo0}
		m.first[1] = &firstIndex{off: c.FirstOff1, to: c.FirstTo1}
	}
	m.ready()
	return m
}

// termsOf lists the rules' patterns in compile order: each rule's
// phrases, then its excepts, then its sentence excepts.
func termsOf(rules []*Rule) []termInfo {
	n := 0
	for _, r := range rules {
		n += len(r.Phrases) + len(r.Except) + len(r.ExceptSentence)
	}
	terms := make([]termInfo, 0, n)
	eachTerm(rules, func(t termInfo) { terms = append(terms, t) })
	return terms
}

// eachTerm calls f with the rules' patterns in compile order.
func eachTerm(rules []*Rule, f func(termInfo)) {
	for ri, r := range rules {
		for _, p := range r.Phrases {
			f(termInfo{rule: ri, pattern: p})
		}
		for _, p := range r.Except {
			f(termInfo{rule: ri, pattern: p, except: true})
		}
		for _, p := range r.ExceptSentence {
			f(termInfo{rule: ri, pattern: p, except: true, sentence: true})
		}
	}
}
