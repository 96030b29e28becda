package lint

import (
	"unicode"
	"unicode/utf8"
)

// Token is one normalised word of the writer's prose. Contractions expand
// into several tokens over the same bytes ("I'm" is "i" + "am"), so
// patterns need only one spelling.
type Token struct {
	Start, End int32 // byte range in the source
	Word       int32 // vocabulary id of the normalised word; 0 if no pattern uses it
	Sent       int32 // sentence number (sentences never span blocks)
	Flags      TokenFlags
}

// TokenFlags describe punctuation around a token.
type TokenFlags uint8

const (
	SentenceStart TokenFlags = 1 << iota // first token of a sentence
	SentenceEnd                          // last token of a sentence
	CommaBefore                          // a comma, semicolon, colon or dash precedes it in the sentence
)

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

// endBlock closes the sentence at the end of a paragraph, heading or item.
func (t *tokenizer) endBlock() { t.endSentence() }

func (t *tokenizer) endSentence() {
	if t.sentOpen {
		t.tokens[len(t.tokens)-1].Flags |= SentenceEnd
		t.sent++
		t.sentOpen = false
	}
	t.comma = false
}

// word reads one word starting at i and returns the index after it.
func (t *tokenizer) word(src []byte, i, end int) int {
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

// emit appends the tokens for one normalised word, expanding contractions.
func (t *tokenizer) emit(w []byte, start, end int32) {
	first, second := splitContraction(w)
	t.push(first, start, end)
	if second != "" {
		t.pushString(second, start, end)
	}
}

func (t *tokenizer) push(w []byte, start, end int32) {
	if t.record {
		t.recorded = append(t.recorded, string(w))
		return
	}
	t.add(t.vocab.lookup(w), start, end)
}

func (t *tokenizer) pushString(w string, start, end int32) {
	if t.record {
		t.recorded = append(t.recorded, w)
		return
	}
	t.add(t.vocab.ids[w], start, end)
}

func (t *tokenizer) add(id, start, end int32) {
	var flags TokenFlags
	if !t.sentOpen {
		flags |= SentenceStart
		t.sentOpen = true
	} else if t.comma {
		flags |= CommaBefore
	}
	t.comma = false
	t.tokens = append(t.tokens, Token{Start: start + t.base, End: end + t.base, Word: id, Sent: t.sent, Flags: flags})
}

// Contraction suffixes and what they stand for. "'s" expands only after
// pronouns, where it means "is"; elsewhere it is a possessive.
var (
	sIsWords = map[string]bool{"it": true, "that": true, "there": true, "here": true, "what": true,
		"who": true, "he": true, "she": true, "this": true, "everything": true, "nothing": true}
	ntBases = map[string]string{"ca": "can", "wo": "will", "sha": "shall", "ai": "is"}
	// Contractions typed without the apostrophe that are not also words.
	bareContractions = map[string][2]string{
		"im": {"i", "am"}, "ive": {"i", "have"}, "youre": {"you", "are"}, "dont": {"do", "not"},
		"didnt": {"did", "not"}, "doesnt": {"does", "not"}, "isnt": {"is", "not"}, "wasnt": {"was", "not"},
		"couldnt": {"could", "not"}, "shouldnt": {"should", "not"}, "wouldnt": {"would", "not"},
		"hadnt": {"had", "not"}, "havent": {"have", "not"}, "cant": {"can", "not"}, "wont": {"will", "not"},
		"cannot": {"can", "not"}, "theyre": {"they", "are"}, "thats": {"that", "is"},
	}
)

// splitContraction returns the first word and, for a contraction, the word
// it implies ("i'm" -> "i", "am"). The first result aliases w.
func splitContraction(w []byte) ([]byte, string) {
	n := len(w)
	if n >= 4 && string(w[n-3:]) == "n't" {
		base := string(w[:n-3])
		if b, ok := ntBases[base]; ok {
			return []byte(b), "not"
		}
		return w[:n-3], "not"
	}
	if n >= 3 && w[n-2] == '\'' {
		switch w[n-1] {
		case 'm':
			return w[:n-2], "am"
		case 'd':
			return w[:n-2], "would"
		case 's':
			if sIsWords[string(w[:n-2])] {
				return w[:n-2], "is"
			}
			if string(w[:n-2]) == "let" {
				return w[:n-2], "us"
			}
		}
	}
	if n >= 4 && w[n-3] == '\'' {
		switch string(w[n-2:]) {
		case "re":
			return w[:n-3], "are"
		case "ve":
			return w[:n-3], "have"
		case "ll":
			return w[:n-3], "will"
		}
	}
	if pair, ok := bareContractions[string(w)]; ok {
		return []byte(pair[0]), pair[1]
	}
	return w, ""
}

// vocabulary maps the words any pattern uses to small ids. Words outside it
// all share id 0: no pattern can match them, so they need no identity.
type vocabulary struct {
	ids   map[string]int32
	words []string // id -> word
}

func newVocabulary() *vocabulary {
	return &vocabulary{ids: map[string]int32{}, words: []string{""}}
}

func (v *vocabulary) add(w string) int32 {
	if id, ok := v.ids[w]; ok {
		return id
	}
	id := int32(len(v.words))
	v.ids[w] = id
	v.words = append(v.words, w)
	return id
}

// lookup does not allocate: the compiler recognises map[string(bytes)].
func (v *vocabulary) lookup(w []byte) int32 { return v.ids[string(w)] }
