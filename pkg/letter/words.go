package letter

import (
	"errors"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The answers are the person's own words; these helpers only fit them
// into the skeleton's sentences: "I read your messages without asking"
// becomes "I'm sorry I read your messages without asking."

// firstWords returns the first n words of s, lower case, with curly
// apostrophes made straight and trailing punctuation dropped.
func firstWords(s string, n int) []string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	for i, w := range f {
		w = strings.ToLower(strings.ReplaceAll(w, "’", "'"))
		f[i] = strings.TrimRight(w, ".,;:!?")
	}
	return f
}

func firstWord(s string) string {
	if w := firstWords(s, 1); len(w) == 1 {
		return w[0]
	}
	return ""
}

var (
	iWords  = map[string]bool{"i": true, "i'm": true, "i've": true, "i'd": true, "i'll": true, "im": true, "ive": true}
	weWords = map[string]bool{"we": true, "we're": true, "we've": true, "we'd": true, "we'll": true}
)

// person reports whether s starts with a first-person subject, and
// whether that subject is "we" (a business or a couple) rather than "I".
func person(s string) (we, ok bool) {
	w := firstWord(s)
	return weWords[w], iWords[w] || weWords[w]
}

// lowerI matches a lone lower-case "i" as a word (also in "i'm").
var lowerI = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(^|[^\p{L}\p{N}'’])i(['’](?:m|ve|d|ll)\b|\b)`) })

// fixI writes the pronoun "i" as "I", as people typing quickly forget to.
func fixI(s string) string {
	s = lowerI().ReplaceAllString(s, "${1}I${2}")
	switch firstWord(s) {
	case "im":
		s = "I'm" + s[2:]
	case "ive":
		s = "I've" + s[3:]
	}
	return s
}

// trimEnd drops the sentence's closing punctuation.
func trimEnd(s string) string { return strings.TrimRight(s, " .;,:!") }

// apologyLead matches an apology typed in front of the act, which the
// skeleton already says: "I'm so sorry that ", "Sorry, ", "We apologise that ".
var apologyLead = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^(?:(?:i|we)(?:['’]m|['’]re| am| are)?\s+(?:(?:so|very|truly|really|deeply|sincerely|terribly|just)\s+)*(?:sorry|apologi[sz]e)|(?:so\s+|really\s+)?sorry)(?:\s+that)?(?:\s*[,:;—–-])?(?:\s+|$)`)
})

// ErrNotFirstPerson is the answer to what_i_did not saying who did it.
var ErrNotFirstPerson = errors.New(`say what you did, starting with "I" (or "we" for a business): "I read your messages without asking"`)

// Did is the act as the clause the skeleton apologizes for: "I read your
// messages without asking", "we charged your card twice". It must start
// with "I" or "we"; an apology typed in front of it is dropped.
func Did(answer string) (clause string, we bool, err error) {
	s := trimEnd(fixI(Tidy(answer)))
	if loc := apologyLead().FindStringIndex(s); loc != nil {
		// The letter says sorry; the answer names the act: "I'm sorry for
		// forgetting" must become "I forgot".
		s = s[loc[1]:]
	}
	we, ok := person(s)
	if !ok {
		return "", false, ErrNotFirstPerson
	}
	if we {
		s = lowerFirst(s)
	}
	return fixI(s), we, nil
}

// Sentence makes text a sentence: a capital first letter and closing
// punctuation. Empty text stays empty.
func Sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	s = upperFirst(fixI(s))
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, `"'’”)`))
	switch last {
	case '.', '!', '?', '…':
		return s
	}
	return strings.TrimRight(s, ",;:") + "."
}

// offerWords start a repair that is a thing offered, not an act:
// "a refund of the second charge", "the cost of a new lens".
var offerWords = map[string]bool{
	"a": true, "an": true, "the": true, "my": true, "our": true, "some": true,
	"one": true, "two": true, "three": true, "full": true, "free": true, "any": true,
}

// RepairSentence is the offer of repair as a sentence. An answer that
// starts with its subject ("I'll pay for a new lens", "Let me cook") is
// kept; an action ("pay for a new lens") is offered ("I'd like to pay
// for a new lens"); a thing ("a full refund") is offered as a thing.
func RepairSentence(answer string, we, formal bool) string {
	s := trimEnd(fixI(Tidy(answer)))
	if s == "" {
		return ""
	}
	fw := firstWord(s)
	if _, ok := person(s); ok || fw == "let" || fw == "please" {
		return Sentence(s)
	}
	subject, would := "I", "'d"
	if we {
		subject = "We"
	}
	if formal {
		would = " would"
	}
	if fw == "to" {
		s = strings.TrimSpace(s[2:])
		fw = firstWord(s)
	}
	lead := subject + would + " like to "
	if r, _ := utf8.DecodeRuneInString(s); offerWords[fw] || unicode.IsDigit(r) || strings.ContainsRune("£$€", r) {
		lead += "offer "
	}
	return Sentence(lead + lowerFirstWord(s))
}

// changeLead matches a lead-in the skeleton already writes.
var changeLead = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^(?:from now on|from today|going forward|moving forward|in (?:the )?future)\s*,?\s+`)
})

// ChangeClause is one commitment as a clause with its subject: "I will
// ask before I pick up your phone". An action ("ask before ...") gets
// "I will" (or "we will").
func ChangeClause(answer string, we bool) string {
	s := trimEnd(fixI(TidyItem(answer)))
	s = changeLead().ReplaceAllString(s, "")
	if s == "" {
		return ""
	}
	if w, ok := person(s); ok {
		if w {
			return lowerFirst(s)
		}
		return s
	}
	if firstWord(s) == "to" {
		s = strings.TrimSpace(s[2:])
	}
	subject := "I"
	if we {
		subject = "we"
	}
	return subject + " will " + lowerFirstWord(s)
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// lowerFirstWord lowers a capitalised first word ("Pay" to "pay") but
// leaves names and acronyms ("PayPal", "NHS") and the pronoun "I" alone.
func lowerFirstWord(s string) string {
	w, _, _ := strings.Cut(s, " ")
	if w == "I" || strings.HasPrefix(w, "I'") || strings.HasPrefix(w, "I’") {
		return s
	}
	rs := []rune(w)
	for _, r := range rs[1:] {
		if unicode.IsUpper(r) {
			return s
		}
	}
	return lowerFirst(s)
}
