package letter

import (
	"github.com/apology-cli/apology/pkg/lang"
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
func trimEnd(s string) string {
	s = strings.TrimRight(s, " .;,:!")
	// An offer typed as a question without its question form ("happy to
	// cover a night?") is a statement in the letter.
	if t := strings.TrimRight(s, "? "); t != s && !question(t) {
		s = strings.TrimRight(t, " .;,:!")
	}
	return s
}

// question reports a sentence in question form: it opens with an
// auxiliary or a question word ("Would you ...", "What can I ...").
func question(s string) bool {
	ws := lang.Words(s)
	return len(ws) > 1 && (ws[0].Is(lang.Wh) || ws[0].Is(lang.Modal|lang.Be|lang.Have|lang.Do) && ws[1].Is(lang.SubjPron|lang.Det|lang.Poss))
}

// apologyLead matches an apology typed in front of the act, which the
// skeleton already says: "I'm so sorry that ", "Sorry, ", "We apologise that ".
var apologyLead = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^(?:(?:i|we)(?:['’]m|['’]re| am| are)?\s+(?:(?:so|very|truly|really|deeply|sincerely|terribly|just)\s+)*(?:sorry|apologi[sz]e)|(?:so\s+|really\s+)?sorry)(?:\s+that)?(?:\s*[,:;—–-])?(?:\s+|$)`)
})

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

// changeLead matches a lead-in the skeleton already writes.
var changeLead = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^(?:from now on|from today|going forward|moving forward|in (?:the )?future)\s*,?\s+`)
})

// changeTail matches "from now on" typed at the end of a change.
var changeTail = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)[,;]?\s+(?:from now on|going forward|from today|in (?:the )?future)\s*$`)
})

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
