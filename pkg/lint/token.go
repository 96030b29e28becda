package lint

import (
	"math/bits"
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/apology-cli/apology/pkg/lang"
)

// Token is one normalised word of the writer's prose. Contractions expand
// into several tokens over the same bytes ("I'm" is "i" + "am"), so
// patterns need only one spelling.
type Token struct {
	Start, End int32  // byte range in the source
	Sent       int32  // sentence number (sentences never span blocks)
	Word       uint16 // vocabulary id of the normalised word; 0 if no pattern uses it
	Flags      TokenFlags
	// 16 bytes: a letter has a token every five bytes or so, and tokens
	// are most of the memory linting a long one takes.
}

// TokenFlags describe punctuation around a token.
type TokenFlags uint8

const (
	SentenceStart TokenFlags = 1 << iota // first token of a sentence
	SentenceEnd                          // last token of a sentence
	CommaBefore                          // a comma, semicolon, colon or dash precedes it in the sentence
	// Quoted: the word is inside quotation marks opened earlier in its
	// paragraph: someone's speech reported in the letter ("you said it was
	// 'just a joke'"), not the writer's own claim.
	Quoted
	// BlockStart: the first word of a paragraph, heading or list item.
	BlockStart
)

// quoteState follows quotation marks through one block. Straight and curly
// double quotes count; single quotes only where they cannot be
// apostrophes: an opening one follows a non-letter and precedes a letter,
// a closing one follows a letter or punctuation and precedes a non-letter.
type quoteState struct {
	straight           bool
	curly, curlySingle int
	single             int
}

func (q *quoteState) inside() bool {
	return q.straight || q.curly > 0 || q.curlySingle > 0 || q.single > 0
}

// mark updates the state for the quotation mark r at src[i:i+size].
func (q *quoteState) mark(src []byte, i, size int, r rune) {
	switch r {
	case '"':
		q.straight = !q.straight
	case '\u201c':
		q.curly++
	case '\u201d':
		if q.curly > 0 {
			q.curly--
		}
	case '\u2018':
		if !closesAfter(src, i) {
			q.curlySingle++
		}
	case '\u2019':
		if q.curlySingle > 0 && !letterAt(src, i+size) {
			q.curlySingle--
		}
	case '\'':
		before, after := closesAfter(src, i), letterAt(src, i+size)
		switch {
		case !before && after:
			q.single++
		case before && !after && q.single > 0:
			q.single--
		}
	}
}

func letterAt(src []byte, k int) bool {
	if k >= len(src) {
		return false
	}
	r, _ := utf8.DecodeRune(src[k:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// closesAfter reports whether the character before src[k] can precede a
// closing quote: a letter, a digit or sentence punctuation.
func closesAfter(src []byte, k int) bool {
	if k == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRune(src[:k])
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == ',' || r == '!' || r == '?'
}

// tokenizer turns prose segments into tokens. It keeps one scratch buffer
// so normalising a word does not allocate.
type tokenizer struct {
	vocab  *vocabulary
	tokens []Token
	sent   int32
	// pending state between segments of one block
	sentOpen bool
	comma    bool
	buf      []byte
	base     int32 // added to every offset

	quote     quoteState // quotation marks open in the current block
	blockDone bool       // the next word starts a new block

	// record keeps the normalised words instead of ids (pattern compiling).
	record   bool
	recorded []string
}

// isApostrophe reports the characters writers use as apostrophes.
func isApostrophe(r rune) bool { return r == '\'' || r == '\u2019' || r == '\u2018' || r == '\u02bc' }

func isWordRune(r rune) bool {
	return r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') ||
		r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))
}

// segment tokenizes src[start:end].
func (t *tokenizer) segment(src []byte, start, end int) {
	i := start
	for i < end {
		c := src[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9':
				i = t.word(src, i, end)
				continue
			case c == '.':
				if !t.dotInsideSentence(src, i, end) {
					t.endSentence()
				}
			case c == '!' || c == '?':
				t.endSentence()
			case c == '"' || c == '\'':
				t.quote.mark(src, i, 1, rune(c))
			case c == ',' || c == ';' || c == ':' || c == '(' || c == ')':
				t.comma = true
			case c == '-':
				// "--" is a dash; a single hyphen joins words ("double-booked").
				if i+1 < end && src[i+1] == '-' {
					t.comma = true
				}
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(src[i:end])
		switch {
		case isWordRune(r):
			i = t.word(src, i, end)
			continue
		case r == '\u2026': // ellipsis
			t.endSentence()
		case r == '\u2014' || r == '\u2013': // em and en dash
			t.comma = true
		case r >= '\u2018' && r <= '\u201d':
			t.quote.mark(src, i, size, r)
		}
		i += size
	}
}

// abbreviations end in a dot that does not end the sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "vs": true, "etc": true,
	"e": true, "g": true, "approx": true,
}

// dotInsideSentence reports whether the '.' at src[i] is part of a number,
// an address or an abbreviation ("£3.50", "example.com", "Mr. Okafor")
// rather than the end of a sentence.
func (t *tokenizer) dotInsideSentence(src []byte, i, end int) bool {
	if i+1 < end && isWordStart(src, i+1, end) && i > 0 && isWordStart(src, i-1, end) {
		return true // "3.50", "example.com", "e.g"
	}
	// The previous word ended right at this dot.
	if n := len(t.tokens); n > 0 && int(t.tokens[n-1].End-t.base) == i && abbreviations[string(t.buf)] {
		return true
	}
	return false
}

// endBlock closes the sentence at the end of a paragraph, heading or item;
// quotation marks left open end there too.
func (t *tokenizer) endBlock() {
	t.endSentence()
	t.quote = quoteState{}
	t.blockDone = true
}

func (t *tokenizer) endSentence() {
	if t.sentOpen {
		if len(t.tokens) > 0 { // none while recording pattern words
			t.tokens[len(t.tokens)-1].Flags |= SentenceEnd
		}
		t.sent++
		t.sentOpen = false
	}
	t.comma = false
}

// word reads one word starting at i and returns the index after it.
func (t *tokenizer) word(src []byte, i, end int) int {
	// Fast path: most words are already lower-case ASCII and need no copy.
	j := i
	h := uint64(fnvOffset)
	for j < end && (src[j]-'a' < 26 || src[j]-'0' < 10) {
		h = (h ^ uint64(src[j])) * fnvPrime
		j++
	}
	if j > i && (j == end || !continuesWord(src[j])) {
		w := src[i:j]
		t.buf = append(t.buf[:0], w...) // the last word, for abbreviations
		if ws, ok := t.bareContraction(w, h); ok {
			for _, x := range ws {
				t.pushString(x, int32(i), int32(j))
			}
		} else if t.record {
			t.push(w, int32(i), int32(j))
		} else {
			t.add(t.vocab.lookupHashed(w, h), int32(i), int32(j))
		}
		return j
	}
	start := i
	buf := t.buf[:0]
	for i < end {
		c := src[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
				buf = append(buf, c)
				i++
				continue
			case c >= 'A' && c <= 'Z':
				buf = append(buf, c+'a'-'A')
				i++
				continue
			case c == '%' && len(buf) > 0 && buf[len(buf)-1] >= '0' && buf[len(buf)-1] <= '9':
				buf = append(buf, c)
				i++
				continue
			case c == '\'':
				if i+1 < end && isWordStart(src, i+1, end) {
					buf = append(buf, '\'')
					i++
					continue
				}
			}
			break
		}
		r, size := utf8.DecodeRune(src[i:end])
		if isApostrophe(r) {
			if i+size < end && isWordStart(src, i+size, end) {
				buf = append(buf, '\'')
				i += size
				continue
			}
			break
		}
		if !isWordRune(r) {
			break
		}
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
		i += size
	}
	t.buf = buf
	if len(buf) == 0 {
		// A lone apostrophe-like letter (U+02BC): skip it, make progress.
		_, size := utf8.DecodeRune(src[start:end])
		return start + size
	}
	t.emit(buf, int32(start), int32(i))
	return i
}

func isWordStart(src []byte, i, end int) bool {
	c := src[i]
	if c < utf8.RuneSelf {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	r, _ := utf8.DecodeRune(src[i:end])
	return isWordRune(r)
}

// continuesWord reports whether byte c, right after a run of lower-case
// letters and digits, may still belong to the word (capitals, an
// apostrophe, a percent sign, or any non-ASCII letter).
func continuesWord(c byte) bool {
	return c >= 'A' && c <= 'Z' || c == '\'' || c == '%' || c >= utf8.RuneSelf
}

// emit appends the tokens for one normalised word, expanding contractions.
func (t *tokenizer) emit(w []byte, start, end int32) {
	if ws, ok := t.bareContraction(w, hashBytes(w)); ok {
		for _, x := range ws {
			t.pushString(x, start, end)
		}
		return
	}
	first, second := splitContraction(w)
	t.push(first, start, end)
	if second != "" {
		t.pushString(second, start, end)
	}
}

func (t *tokenizer) push(w []byte, start, end int32) {
	if t.record {
		t.recorded = append(t.recorded, string(w))
		t.sentOpen = true
		return
	}
	t.add(t.vocab.lookup(w), start, end)
}

func (t *tokenizer) pushString(w string, start, end int32) {
	if t.record {
		t.recorded = append(t.recorded, w)
		t.sentOpen = true
		return
	}
	t.add(t.vocab.lookupString(w), start, end)
}

func (t *tokenizer) add(id, start, end int32) {
	var flags TokenFlags
	if !t.sentOpen {
		flags |= SentenceStart
		t.sentOpen = true
	} else if t.comma {
		flags |= CommaBefore
	}
	if t.quote.inside() {
		flags |= Quoted
	}
	if t.blockDone || len(t.tokens) == 0 {
		flags |= BlockStart
		t.blockDone = false
	}
	t.comma = false
	t.tokens = append(t.tokens, Token{Start: start + t.base, End: end + t.base, Word: uint16(id), Sent: t.sent, Flags: flags})
}

// splitContraction returns the first word and, for a contraction with an
// apostrophe, the word it implies ("i'm" -> "i", "am"), as pkg/lang
// reads them; emit has already expanded the bare ones ("im"). The first
// result aliases w unless the contraction changes it ("can't").
func splitContraction(w []byte) ([]byte, string) {
	n, stem, second := lang.SplitContraction(unsafe.String(unsafe.SliceData(w), len(w)))
	if stem != "" {
		return []byte(stem), second
	}
	return w[:n], second
}

// bareContraction is the package's bareContraction, plus "ill" as "I'll"
// where a sentence starts: typed without its apostrophe, "ill wash the
// car" is far likelier than a sentence opening on "ill".
func (t *tokenizer) bareContraction(w []byte, h uint64) ([]string, bool) {
	if !t.sentOpen && string(w) == "ill" {
		return illAtStart, true
	}
	return bareContraction(w, h)
}

var illAtStart = []string{"i", "will"}

// bareTable holds pkg/lang's expansions of contractions typed without
// their apostrophe that are not also words ("im", "dont") and of text
// shorthand ("u", "tbh"), by FNV hash: the tokenizer asks for every word,
// with the hash its fast path already computed.
var bareTable = sync.OnceValue(func() *bareIndex {
	exp := lang.Expansions()
	size := 16
	for size < 4*len(exp) {
		size *= 2
	}
	b := &bareIndex{keys: make([]string, size), words: make([][]string, size), shift: uint(64 - bits.Len(uint(size-1)))}
	for k, ws := range exp {
		i := int(mix(hashString(k)) >> b.shift)
		for b.keys[i] != "" {
			i = (i + 1) & (size - 1)
		}
		b.keys[i], b.words[i] = k, ws
	}
	return b
})

type bareIndex struct {
	keys  []string
	words [][]string
	shift uint
}

// bareContraction returns the words w stands for when it is a bare
// contraction or text shorthand; h is w's FNV hash.
func bareContraction(w []byte, h uint64) ([]string, bool) {
	b := bareTable()
	mask := len(b.keys) - 1
	for i := int(mix(h) >> b.shift); ; i = (i + 1) & mask {
		switch b.keys[i] {
		case "":
			return nil, false
		case string(w):
			return b.words[i], true
		}
	}
}

// vocabulary maps the words any pattern uses to small ids. Words outside it
// all share id 0: no pattern can match them, so they need no identity.
type vocabulary struct {
	ids   map[string]int32 // while patterns compile
	words []string         // id -> word

	// Lookups from prose use an open-addressing table over the words: the
	// tokenizer asks once per word of the letter, and a Go map's string
	// hashing and probing cost twice as much.
	slots []int32 // word ids by hash slot; 0 = empty
	shift uint
	// suffixes are the classes patterns match by ending ("*ed"), longest
	// first: a word no pattern names gets the id of the first that fits.
	suffixes []suffixClass
}

type suffixClass struct {
	suffix string
	id     int32
}

func newVocabulary() *vocabulary {
	return &vocabulary{ids: map[string]int32{}, words: []string{""}}
}

// vocabularyOf rebuilds a vocabulary from its words (ids are indexes)
// and, when given, the hash table freeze would build for them.
func vocabularyOf(words []string, slots []int32) *vocabulary {
	v := &vocabulary{words: words}
	if len(slots) == 0 {
		v.freeze()
		return v
	}
	v.slots = slots
	v.shift = uint(64 - bits.Len(uint(len(slots)-1)))
	v.indexSuffixes()
	return v
}

func (v *vocabulary) add(w string) int32 {
	if id, ok := v.ids[w]; ok {
		return id
	}
	id := int32(len(v.words))
	v.ids[w] = id
	v.words = append(v.words, w)
	v.slots = nil // lookups rebuild the table
	return id
}

// freeze builds the lookup table; the vocabulary must not grow after.
func (v *vocabulary) freeze() {
	size := 16
	for size < 2*len(v.words) {
		size *= 2
	}
	v.slots = make([]int32, size)
	v.shift = uint(64 - bits.Len(uint(size-1)))
	for id, w := range v.words {
		if w == "" {
			continue
		}
		i := int(mix(hashString(w)) >> v.shift)
		for v.slots[i] != 0 {
			i = (i + 1) & (size - 1)
		}
		v.slots[i] = int32(id)
	}
	v.indexSuffixes()
}

// indexSuffixes lists the suffix classes among the words, longest first.
func (v *vocabulary) indexSuffixes() {
	v.suffixes = v.suffixes[:0]
	for id, w := range v.words {
		if w != "" && w[0] == '*' {
			v.suffixes = append(v.suffixes, suffixClass{suffix: w[1:], id: int32(id)})
		}
	}
	slices.SortFunc(v.suffixes, func(a, b suffixClass) int { return len(b.suffix) - len(a.suffix) })
}

// FNV-1a, which the tokenizer's fast path computes while it scans a word.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashBytes(w []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range w {
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

func hashString(w string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * fnvPrime
	}
	return h
}

// mix spreads FNV's weak high bits before they pick a slot.
func mix(h uint64) uint64 { return h * 0x9E3779B97F4A7C15 }

// lookup returns the id of w, or 0 when no pattern uses it.
func (v *vocabulary) lookup(w []byte) int32 { return v.lookupHashed(w, hashBytes(w)) }

// lookupHashed is lookup with w's hash already known.
func (v *vocabulary) lookupHashed(w []byte, h uint64) int32 {
	if v.slots == nil {
		v.freeze()
	}
	mask := len(v.slots) - 1
	for i := int(mix(h) >> v.shift); ; i = (i + 1) & mask {
		id := v.slots[i]
		if id == 0 {
			return v.suffixClass(w)
		}
		if v.words[id] == string(w) {
			return id
		}
	}
}

// suffixClass returns the id of the longest suffix class w belongs to
// (the word must be longer than the suffix by two letters), or 0.
func (v *vocabulary) suffixClass(w []byte) int32 {
	for _, c := range v.suffixes {
		if len(w) > len(c.suffix)+1 && string(w[len(w)-len(c.suffix):]) == c.suffix {
			return c.id
		}
	}
	return 0
}

// lookupString is lookup for a string.
func (v *vocabulary) lookupString(w string) int32 {
	return v.lookup(unsafe.Slice(unsafe.StringData(w), len(w)))
}
