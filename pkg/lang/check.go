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
				// "nobody else would and I ...": the verb left out.
				if next.Is(Conj) && !next.Is(Prep) {
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
	out = append(out, determiners(sentence, ws)...)
	out = append(out, clauses(ws)...)
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

// determiners checks what follows a determiner or possessive: a noun
// phrase, never another determiner, a pronoun or a verb ("your my
// brother", "the will"), and a possessive is not the last word of its
// phrase ("whenever your ready"). "For" is not followed by a preposition
// that starts a time or place ("sorry for on 3 April").
func determiners(sentence string, ws []Word) []Problem {
	var out []Problem
	for i := 0; i+1 < len(ws); i++ {
		w, next := ws[i], ws[i+1]
		if w.Comma {
			continue
		}
		switch {
		case w.Is(Poss) && !w.Is(SubjPron|ObjPron) && w.Lower != "her" && w.Lower != "his" && w.Lower != "whose":
			if next.Is(Poss|Det|SubjPron|Modal|Be|Have) && !next.Is(Noun|Adj|Num) && next.Lower != "own" {
				out = append(out, Problem{i + 1, fmt.Sprintf("%q cannot follow %q", next.Text, w.Text)})
			} else if next.Is(Adj) && !next.Is(Noun|Num|Verb) && (i+2 == len(ws) || next.Comma || ws[i+2].Is(Sub|Conj|Prep|To|SubjPron) && !ws[i+2].Is(Noun)) {
				out = append(out, Problem{i, fmt.Sprintf("%q before %q: a possessive with no noun", w.Text, next.Text)})
			}
		case w.Lower == "the" || w.Lower == "a" || w.Lower == "an":
			if next.Is(Det|Poss|SubjPron|Modal|Be|Have|Do) && !next.Is(Noun|Adj|Num) {
				out = append(out, Problem{i + 1, fmt.Sprintf("%q cannot follow %q", next.Text, w.Text)})
			}
		case w.Lower == "for" && (next.Lower == "on" || next.Lower == "in" || next.Lower == "at") && i+2 < len(ws) && (ws[i+2].Is(Num|Time|Det) || ws[i+2].Is(Name)):
			out = append(out, Problem{i + 1, fmt.Sprintf("%q cannot follow %q", next.Text, w.Text)})
		case (w.Lower == "there" || w.Lower == "there's") && i+2 < len(ws):
			// "there was 8 people": the verb agrees with what follows.
			verb, k := next, i+1
			if w.Lower == "there's" {
				verb, k = w, i
			}
			if verb.Lower == "was" || verb.Lower == "is" || verb.Lower == "there's" {
				n := ws[k+1]
				money := n.Start > 0 && strings.ContainsAny(sentence[max(0, n.Start-3):n.Start], "£$€")
				if n.Is(Num) && n.Lower != "one" && n.Lower != "1" && n.Lower != "half" && !money {
					out = append(out, Problem{k, fmt.Sprintf("%q before a plural number", verb.Text)})
				}
			}
		}
	}
	return out
}

// complement words take a clause with no "that": "make sure the door
// stays shut", "I think it was", "so glad you came".
var complement = map[string]bool{"sure": true, "think": true, "know": true, "say": true, "hope": true, "promise": true,
	"feel": true, "believe": true, "guess": true, "wish": true, "realise": true, "realize": true, "mean": true,
	"see": true, "tell": true, "show": true, "check": true, "ensure": true, "notice": true, "agree": true,
	"decide": true, "suppose": true, "reckon": true, "bet": true, "glad": true, "sorry": true, "afraid": true,
	"remember": true, "forget": true, "understand": true, "learn": true, "find": true, "make": true, "let": true,
	"how": true, "what": true, "why": true, "where": true, "who": true, "which": true, "when": true, "so": true}

// clauses checks the verbs of each clause: a clause has one finite verb
// ("I'll back door stays shut" has two), and a pronoun object of the
// same person as its subject is reflexive ("you undermined you").
func clauses(ws []Word) []Problem {
	var out []Problem
	subject := ""
	finiteAt := -1
	open := false // a complement word since the last finite verb
	for i, w := range ws {
		// A pronoun starts a clause when a verb follows it ("I know you
		// were"), not as an object ("undermined you with").
		newSubject := w.Is(SubjPron) && i > 0 && (w.Is(Modal|Be|Have) || i+1 < len(ws) && ws[i+1].Is(Modal|Be|Have|Do|Verb|Adv|Neg) && !ws[i+1].Is(Prep))
		boundary := i > 0 && ws[i-1].Comma || w.Is(Conj|Sub|Wh) && !w.Is(Prep|Adv) || w.Lower == "that" || strings.HasPrefix(w.Lower, "that'") || w.Lower == "to" || newSubject
		if boundary {
			finiteAt, open, subject = -1, false, ""
		}
		if complement[w.Lower] || complement[w.Lemma] {
			open = true
		}
		// Only a direct object: "put this behind us" is fine.
		if subject != "" && finiteAt >= 0 && w.Is(ObjPron|SubjPron) && !boundary && ws[i-1].Is(Verb) && !ws[i-1].Is(Noun|Prep|Adj) {
			if (subject == "you" && w.Lower == "you") || (subject == "I" && w.Lower == "me") || (subject == "we" && w.Lower == "us") {
				out = append(out, Problem{i, fmt.Sprintf("%q as the object of its own subject: a reflexive is needed", w.Text)})
			}
		}
		if w.Is(SubjPron) && (i == 0 || boundary) {
			subject = personOf(w.Lower).String()
		}
		finiteHere := w.Is(Modal|VPast|V3sg) && !w.Is(Noun|VBase|Adj|Prep) ||
			w.Is(V3sg) && w.Is(Noun) && !w.Is(VBase) && i > 0 && ws[i-1].Is(Noun) && !ws[i-1].Is(Det|Poss|Quant|Adj|Num|V3sg) || // "door stays"
			w.Is(Be|Have|Do) && !w.Is(Noun) && w.Lower != "be" && w.Lower != "been" && w.Lower != "being" && w.Lower != "have" && w.Lower != "having"
		if strings.Contains(w.Lower, "'") && w.Is(SubjPron) {
			finiteHere = w.Is(Modal | Be | Have)
		}
		if finiteHere {
			// After a modal whose verb is also another word ("I'll back
			// door stays shut", "I will stand order set up"), a second
			// verb shows the "verb" was not one.
			if finiteAt >= 0 && !open && i-finiteAt > 2 && ws[finiteAt].Is(Modal) && finiteAt+1 < len(ws) &&
				ws[finiteAt+1].Is(VBase) && ws[finiteAt+1].Is(Noun|Adj|Adv) && !ws[i-1].Is(Be|Have|Do|Modal|Neg|Det|Poss|Quant|Adj|Num) {
				out = append(out, Problem{i, fmt.Sprintf("%q: a second verb in the clause of %q", w.Text, ws[finiteAt].Text)})
			}
			if finiteAt < 0 {
				finiteAt = i
			}
		}
	}
	return out
}

// String is the pronoun a person is named by.
func (p Person) String() string {
	switch p {
	case FirstSingular:
		return "I"
	case FirstPlural:
		return "we"
	case Second:
		return "you"
	case Third:
		return "they"
	}
	return ""
}
