package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Word is one word of a text with its classes: the lexicon's, or for an
// unknown word, the classes its ending and capital suggest.
type Word struct {
	Text  string // as written
	Lower string // lower case, straight apostrophe
	Class Class
	Lemma string // a verb's base form, when known
	Start int    // byte offset in the text
	End   int
	// Comma is true when a comma (or a dash) follows the word.
	Comma bool
}

// Is reports whether the word has any of the classes.
func (w Word) Is(c Class) bool { return w.Class&c != 0 }

// Words cuts text into words and tags each one.
func Words(text string) []Word {
	var out []Word
	pos := 0
	for _, p := range splitWords(text) {
		start := pos
		pos += len(p.text)
		if !p.word {
			if len(out) > 0 && strings.ContainsAny(p.text, ",;–—") {
				out[len(out)-1].Comma = true
			}
			continue
		}
		low := strings.ToLower(strings.ReplaceAll(p.text, "’", "'"))
		w := Word{Text: p.text, Lower: low, Start: start, End: pos}
		w.Class, w.Lemma = Classify(low)
		if r, _ := utf8.DecodeRuneInString(p.text); unicode.IsUpper(r) && len(out) > 0 && w.Class&(SubjPron|Time) == 0 {
			w.Class |= Name
		}
		out = append(out, w)
	}
	// A month that is also a word, after a preposition or before a
	// date: "in may", "by March", "may 3rd".
	for i := range out {
		if out[i].Lower != "may" && out[i].Lower != "march" {
			continue
		}
		if i > 0 && out[i-1].Is(Prep) && !out[i-1].Is(Verb) || i+1 < len(out) && out[i+1].Is(Num) {
			out[i].Class = Time | Noun
			out[i].Lemma = ""
		}
	}
	return out
}

// Classify returns a word's classes: the lexicon's, the contraction's
// parts ("I'll" is a pronoun and a modal), or a guess from its ending.
func Classify(low string) (Class, string) {
	if c, lemma := Lookup(low); c != 0 {
		return c, lemma
	}
	if w, ok := bare[low]; ok && !strings.Contains(w, " ") && strings.ToLower(w) != low {
		if c, lemma := Classify(strings.ToLower(w)); c != 0 {
			return c, lemma
		}
	}
	if i := strings.IndexByte(low, '\''); i > 0 {
		head, tail := low[:i], low[i+1:]
		hc, lemma := Lookup(head)
		switch tail {
		case "ll", "d":
			return hc | Modal, lemma
		case "m", "re":
			return hc | Be, lemma
		case "ve":
			return hc | Have, lemma
		case "s":
			if hc&(SubjPron|Wh) != 0 || head == "that" || head == "there" || head == "here" {
				return hc | Be, lemma
			}
			return Noun, "" // a possessive: "Grandad's"
		case "t": // "don't", "can't", "won't"
			c, lemma := Lookup(strings.TrimSuffix(head, "n"))
			switch head {
			case "won":
				c, lemma = Modal, "will"
			case "can":
				c, lemma = Modal, "can"
			case "shan":
				c, lemma = Modal, "shall"
			}
			return c | Neg, lemma
		}
	}
	if r, _ := utf8.DecodeRuneInString(low); unicode.IsDigit(r) || strings.ContainsRune("£$€", r) {
		return Num, ""
	}
	n := len(low)
	switch {
	case n > 4 && strings.HasSuffix(low, "ing"):
		return VGer | Noun, Lemma(low)
	case n > 3 && strings.HasSuffix(low, "ed"):
		l := Lemma(low)
		return VPast | VPart | Adj, l
	case n > 3 && strings.HasSuffix(low, "ly"):
		return Adv, ""
	case strings.HasSuffix(low, "ful") || strings.HasSuffix(low, "ous") || strings.HasSuffix(low, "ive") || strings.HasSuffix(low, "able") || strings.HasSuffix(low, "ible") || strings.HasSuffix(low, "less"):
		return Adj, ""
	}
	return Noun, ""
}

// Lemma is the base form of a verb form: from the lexicon, or by undoing
// the regular rules ("stepping" -> "step", "making" -> "make",
// "covered" -> "cover"). It returns "" for a word that is not a verb form.
func Lemma(low string) string {
	if _, lemma := Lookup(low); lemma != "" {
		return lemma
	}
	var stem string
	switch {
	case strings.HasSuffix(low, "ing") && len(low) > 4:
		stem = low[:len(low)-3]
	case strings.HasSuffix(low, "ied") && len(low) > 4:
		return low[:len(low)-3] + "y"
	case strings.HasSuffix(low, "ed") && len(low) > 3:
		stem = low[:len(low)-2]
		if strings.HasSuffix(stem, "e") { // "agreed"
			return stem
		}
	default:
		return ""
	}
	if c, _ := Lookup(stem); c&VBase != 0 {
		return stem
	}
	if c, _ := Lookup(stem + "e"); c&VBase != 0 {
		return stem + "e"
	}
	n := len(stem)
	if n >= 3 && stem[n-1] == stem[n-2] && !isVowel(stem[n-1]) && strings.IndexByte("lsfz", stem[n-1]) < 0 {
		return stem[:n-1] // "stepping" -> "step"
	}
	for _, end := range []string{"at", "iz", "is", "uc", "v", "c", "g", "ur", "ir"} {
		if strings.HasSuffix(stem, end) && !strings.HasSuffix(stem, "ng") {
			return stem + "e" // "creating", "apologising", "leaving"
		}
	}
	// One syllable ending consonant-vowel-consonant lost an "e":
	// "making" -> "mak" -> "make"; "visit" has two and keeps its form.
	if n >= 2 && !isVowel(stem[n-1]) && isVowel(stem[n-2]) && (n == 2 || !isVowel(stem[n-3])) && syllables(stem) == 1 && strings.IndexByte("wxy", stem[n-1]) < 0 {
		return stem + "e"
	}
	return stem
}

func syllables(s string) int {
	groups := 0
	for i := 0; i < len(s); i++ {
		if isVowel(s[i]) && (i == 0 || !isVowel(s[i-1])) {
			groups++
		}
	}
	return groups
}

// Participle is a verb's past participle, from its base form.
func Participle(base string) string {
	for _, v := range irregular {
		if v[0] == base {
			if v[2] != "" {
				return v[2]
			}
			return v[1]
		}
	}
	return Past(base)
}
