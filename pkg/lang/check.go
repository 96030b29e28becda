package lang

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Problem is something in a sentence that written English does not allow.
type Problem struct {
	Word int // index into Words(sentence); -1 for the whole sentence
	Msg  string
}

// CheckSentence reads one sentence as a reader would and reports what is
// broken in it: no finite verb, a word that cannot follow a modal or the
// infinitive "to" (a determiner or a gerund after "will"), a thing
// already done promised for the future, text shorthand, a lower-case
// start or "i". A minor sentence of three words or fewer ("Never
// again.", "Love you.") is allowed without a verb, as English allows it.
func CheckSentence(sentence string) []Problem {
	ws := Words(sentence)
	var out []Problem
	if len(ws) == 0 {
		return nil
	}
	if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(sentence, `"'“‘(*_ `)); unicode.IsLower(r) {
		out = append(out, Problem{0, "starts with a lower-case letter"})
	}
	finite := false
	for i, w := range ws {
		if w.Text == "i" || strings.HasPrefix(w.Text, "i'") {
			out = append(out, Problem{i, `"i" for "I"`})
		}
		if _, ok := bare[w.Lower]; ok && !strings.Contains(w.Lower, "'") && shorthandOnly(w.Lower) {
			out = append(out, Problem{i, fmt.Sprintf("text shorthand %q", w.Text)})
		}
		if i > 0 && w.Lower == ws[i-1].Lower && !w.Is(Num) && w.Lower != "that" && w.Lower != "so" && w.Lower != "very" && w.Lower != "really" {
			out = append(out, Problem{i, fmt.Sprintf("%q twice", w.Text)})
		}
		if w.Is(Modal|Be|Have|Do|VPast|V3sg) && !w.Is(Noun) {
			finite = true
		}
		// A base form after its subject is a present tense ("we ring",
		// "orders now get"); at the start, or after "please", an
		// imperative ("Take your time.", "Please accept ...").
		if w.Is(VBase) {
			j := i - 1
			for j >= 0 && ws[j].Is(Adv) && !ws[j].Is(Noun) {
				j--
			}
			if j < 0 || ws[j].Lower == "please" || ws[j].Is(SubjPron) || nounish(ws[j]) && !ws[j].Is(Det|Poss|Prep) {
				finite = true
			}
		}
		if next, ok := after(ws, i); ok {
			switch {
			case w.Is(Modal) && !w.Is(Noun|Have) && !strings.HasSuffix(w.Lower, "'d") && w.Lower != "'d":
				// A modal that opens the sentence may take its subject
				// after it: "Should you want to talk, ...", "Would you ...?".
				if (i == 0 || ws[i-1].Comma) && next.Is(SubjPron) {
					break
				}
				if bad(next, true) {
					out = append(out, Problem{i + 1, fmt.Sprintf("%q cannot follow %q", next.Text, w.Text)})
				}
			case w.Lower == "to" && i > 0 && toVerb[ws[i-1].Lemma+ws[i-1].Lower]:
				if bad(next, false) {
					out = append(out, Problem{i + 1, fmt.Sprintf("%q cannot follow %q", next.Text, "to")})
				}
			}
		}
	}
	if !finite && len(ws) > 3 {
		out = append(out, Problem{-1, "no finite verb: not a sentence"})
	}
	// A thing done, promised for the future: "From now on, I booked ...",
	// "I will I have booked ...".
	low := strings.ToLower(sentence)
	if strings.HasPrefix(low, "from now on") || strings.HasPrefix(low, "going forward") {
		sh := Analyze(strings.TrimLeft(sentence[strings.IndexAny(sentence, ",:")+1:], " "))
		if sh.Kind == Clause && (sh.Past || sh.Perfect) && !sh.Future {
			out = append(out, Problem{-1, "something already done, promised for the future"})
		}
	}
	return out
}

// toVerb are the words after which "to" is the infinitive marker (keyed
// by lemma and word, so "like" and "'d like" both count).
var toVerb = func() map[string]bool {
	m := map[string]bool{}
	for _, v := range strings.Fields("like want need try plan promise hope intend mean going able have decide start") {
		m[v+v] = true
		m[v+Ing(v)] = true
		m[v+Past(v)] = true
		m[v+ThirdPerson(v)] = true
	}
	m["gogoing"] = true
	m["havehas"] = true
	m["havehad"] = true
	return m
}()

// after returns the word after i, skipping adverbs and "not" ("will
// never forget", "to really listen").
func after(ws []Word, i int) (Word, bool) {
	for j := i + 1; j < len(ws); j++ {
		if ws[j].Is(Adv|Neg) && !ws[j].Is(Verb|Be|Have) && j+1 < len(ws) {
			continue
		}
		return ws[j], true
	}
	return Word{}, false
}

// bad reports a word that cannot follow a modal (or, with modal false, the
// infinitive "to"): a determiner, a pronoun subject, a gerund, a past
// tense, a third person form.
func bad(w Word, modal bool) bool {
	if w.Is(VBase | Be | Have | Do) {
		return false
	}
	if modal && (w.Lower == "i" || w.Lower == "not") {
		return w.Lower == "i"
	}
	return w.Is(Det|Poss|Quant|SubjPron|VGer|VPast|V3sg|Prep|Sub|Wh|Conj) && !w.Is(VBase|Noun|Adv)
}

// shorthandOnly reports shorthand that is never a word of its own in a
// letter ("u", "ur", "cos"), unlike "n" or "r" in "Q and A".
func shorthandOnly(w string) bool {
	switch w {
	case "n", "r", "ya", "yr", "w/", "&", "msg", "abt", "sth":
		return false
	}
	return true
}
