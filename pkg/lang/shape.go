package lang

import "strings"

// Kind is the shape of a phrase as typed: what it needs before it can
// stand in a letter as a sentence.
type Kind uint8

const (
	Empty Kind = iota
	// Clause has its own subject and a finite verb: "every label is now
	// scanned", "I'll pay for it", "refunds have gone out".
	Clause
	// VerbPhrase is a predicate without its subject: "forgot your
	// birthday", "couldn't face it", "pay for the cleaning".
	VerbPhrase
	// Gerund starts with an -ing form: "telling you straight away",
	// "not drinking at family events".
	Gerund
	// Infinitive starts with "to" and a verb: "to call you every week".
	Infinitive
	// NounPhrase has no verb of its own: "dinner on me", "weekly
	// check-ins"; or a verbless clause whose verb is a participle: "fence
	// fixed this week" (Passive is set then).
	NounPhrase
	// AdjPhrase starts with an adjective or a participle used as one:
	// "busy with exams", "embarrassed in front of everyone".
	AdjPhrase
	// Rule is a "no ..." statement: "no more jokes about how people talk".
	Rule
	// Subordinate starts with a subordinator: "when I'm stressed I step
	// away" (Main is where the main clause starts) or "before I reply"
	// (no main clause: Main is -1).
	Subordinate
	// Imperative is addressed to the reader: "come for lunch", "let me".
	Imperative
)

func (k Kind) String() string {
	return [...]string{"empty", "clause", "verb phrase", "gerund", "infinitive", "noun phrase", "adjective phrase", "rule", "subordinate clause", "imperative"}[k]
}

// Person is who a clause's subject is.
type Person uint8

const (
	NoSubject Person = iota
	FirstSingular
	FirstPlural
	Second
	Third
)

// Shape is what Analyze found in a phrase.
type Shape struct {
	Kind  Kind
	Words []Word
	// Head is the index of the word the shape starts from, after leading
	// adverbs ("already ordered": Head is "ordered"), or for a clause its
	// finite verb.
	Head    int
	Subject Person
	// Verb is the index of the verb (for a noun phrase with Passive, the
	// participle); -1 when there is none.
	Verb int
	// Main is, for a subordinate clause, the index where the main clause
	// starts; -1 when there is none.
	Main int
	// Past: the verb is a past tense (or perfect) form; Perfect: "have"
	// with a participle; Future: "will", "going to"; Now: "now" or a
	// present tense stating how things are.
	Past, Perfect, Future, Now bool
	// Passive: a noun phrase followed by a participle ("refund sent").
	Passive bool
	// Neg: the verb is negated.
	Neg bool
	// Already, PastTime and FutureTime are time words in the phrase:
	// "already"; "yesterday", "last week", "two days ago"; "tomorrow",
	// "next week".
	Already, PastTime, FutureTime bool
	// Plural is a noun phrase subject's number, for agreement.
	Plural bool
	// Pred is, for a noun phrase without a verb, the index of a
	// preposition that starts its predicate: a definite thing and where
	// it is ("your birthday in my calendar"), or what someone stands
	// ("drinks on me"); 0 when there is none.
	Pred int
}

// Done reports whether the phrase says something already done.
func (s Shape) Done() bool {
	if s.Future {
		return false
	}
	return s.Past || s.Perfect || s.Already || s.PastTime && (s.Passive || s.Kind == VerbPhrase)
}

// leading adverbs that may stand before the verb of a phrase without a
// subject: "already ordered", "still haven't paid", "just forgot".
var leadAdverbs = map[string]bool{"already": true, "still": true, "just": true, "also": true, "then": true,
	"really": true, "totally": true, "completely": true, "honestly": true, "basically": true, "literally": true,
	"actually": true, "properly": true, "kind": false, "now": true, "finally": true, "accidentally": true, "even": true, "only": true}

// Analyze finds the shape of one phrase, typed as an answer.
func Analyze(text string) Shape { return AnalyzeWords(Words(text)) }

// AnalyzeWords is Analyze over words already tagged (see Words).
func AnalyzeWords(ws []Word) Shape {
	s := Shape{Words: ws, Verb: -1, Main: -1}
	if len(ws) == 0 {
		return s
	}
	s.timeWords()
	i := 0
	for i < len(ws)-1 && leadAdverbs[ws[i].Lower] && !ws[i].Is(SubjPron) {
		i++
	}
	s.Head = i
	w := ws[i]
	switch {
	case w.Is(Sub) && i == 0 && !(w.Lower == "as" || w.Lower == "once" && len(ws) > 1 && ws[1].Is(Num)):
		s.Kind = Subordinate
		s.Main = findMain(ws)
		if s.Main > 0 {
			sub := analyzeFrom(ws, s.Main)
			s.Subject, s.Verb = sub.Subject, sub.Verb
			s.Past, s.Perfect, s.Future, s.Neg = sub.Past, sub.Perfect, sub.Future, sub.Neg
		}
		return s
	case w.Lower == "no" || w.Lower == "nothing" && len(ws) > 1 && ws[1].Lower == "but":
		c := clauseAt(ws, i)
		rule := c.Verb < 0 || c.Kind != Clause
		for k := i; !rule && k < c.Verb; k++ {
			rule = ws[k].Is(Prep|Sub|Wh) && !ws[k].Is(Noun) || ws[k].Comma
		}
		if rule {
			s.Kind = Rule
			return s
		}
	case w.Lower == "let" && i+1 < len(ws) && (ws[i+1].Lower == "me" || ws[i+1].Lower == "us") || w.Lower == "please" || w.Lower == "thank" || w.Lower == "thanks" ||
		(w.Lower == "come" || w.Lower == "join") && !(i+2 < len(ws) && ws[i+1].Lower == "with" && (ws[i+2].Lower == "you" || ws[i+2].Lower == "u")): // "come with you" is the writer going
		s.Kind = Imperative
		return s
	case w.Lower == "to" && i+1 < len(ws) && ws[i+1].Is(VBase):
		s.Kind = Infinitive
		s.Verb = i + 1
		return s
	}
	c := clauseAt(ws, i)
	c.Head = i
	c.Already, c.PastTime, c.FutureTime, c.Words = s.Already, s.PastTime, s.FutureTime, ws
	if c.Now {
		return c
	}
	for _, x := range ws {
		if x.Lower == "now" {
			c.Now = true
		}
	}
	return c
}

// analyzeFrom is the shape of the words from i on.
func analyzeFrom(ws []Word, i int) Shape {
	return clauseAt(ws, i)
}

func (s *Shape) timeWords() {
	ws := s.Words
	for i, w := range ws {
		next := ""
		if i+1 < len(ws) {
			next = ws[i+1].Lower
		}
		switch w.Lower {
		case "already":
			s.Already = true
		case "yesterday", "ago", "earlier", "last":
			if w.Lower != "last" || next != "" && next != "one" && next != "thing" && next != "time" && next != "minute" {
				s.PastTime = true
			}
		case "tomorrow", "next", "soon", "tonight":
			s.FutureTime = true
		case "this", "by":
			if next == "week" || next == "weekend" || next == "month" || next == "afternoon" || next == "evening" {
				s.FutureTime = true
			}
			if w.Lower == "by" && i+1 < len(ws) && (ws[i+1].Is(Time) || ws[i+1].Lower == "end" || ws[i+1].Is(Num)) {
				s.FutureTime = true
			}
		}
	}
}

// clauseAt reads a clause, a verb phrase or a noun phrase from i.
func clauseAt(ws []Word, i int) Shape {
	s := Shape{Words: ws, Verb: -1, Main: -1, Head: i}
	w := ws[i]
	// "that's not a reason", "there's no excuse": a subject fused
	// with its verb.
	if w.Is(Be|Modal|Have) && strings.Contains(w.Lower, "'") {
		if h, _, _ := strings.Cut(w.Lower, "'"); h == "that" || h == "there" || h == "here" || h == "this" || h == "what" || h == "who" {
			s.Subject = Third
			s.Kind = Clause
			s.setVerb(ws, i)
			return s
		}
	}
	// "money's back in your account", "dinner's on me": a noun with
	// "is" fused to it, before a predicate rather than a noun.
	if strings.HasSuffix(w.Lower, "'s") && i+1 < len(ws) && ws[i+1].Is(Adv|Prep|Adj|VPart|VGer) && !ws[i+1].Is(Noun|Det|Poss) {
		s.Subject = Third
		s.Kind = Clause
		s.Verb = i
		s.Now = true
		return s
	}
	// A pronoun subject, or one fused with its verb ("I'll", "we've").
	if w.Is(SubjPron) || w.Is(Wh) && w.Lower != "how" {
		s.Subject = personOf(w.Lower)
		if w.Is(Modal | Be | Have) {
			s.setVerb(ws, i)
			return s
		}
		for j := i + 1; j < len(ws); j++ {
			if ws[j].Is(Adv|Neg) && !ws[j].Is(Verb) {
				continue
			}
			if ws[j].Is(Finite | Be | Have | Do | VBase) {
				s.Kind = Clause
				s.setVerb(ws, j)
				return s
			}
			if w.Is(Wh) { // "what you tell me stays with me"
				continue
			}
			break
		}
		if w.Is(Wh) {
			s.Kind = NounPhrase
			return s
		}
		s.Kind = Clause // "me and you", odd but has its subject
		return s
	}
	// A predicate without its subject.
	switch {
	case w.Is(Modal|Be|Have|Do) && !w.Is(Noun):
		s.Kind = VerbPhrase
		s.setVerb(ws, i)
		return s
	case w.Is(Neg) && i+1 < len(ws):
		next := clauseAt(ws, i+1)
		next.Neg = true
		next.Head = i
		return next
	}
	// A prepositional phrase: "on drives", "for the cleaning".
	if w.Is(Prep) && !w.Is(Verb|Noun|Adv|Sub) {
		s.Kind = NounPhrase
		return s
	}
	// A gerund that opens a compound noun: "standing order set up".
	if w.Is(VGer) && i+2 < len(ws) && nounish(ws[i+1]) && ws[i+2].Is(VPart|V3sg|Be|Modal) {
		goto noun
	}
	switch {
	case w.Is(VGer) && !w.Is(Det|Poss):
		s.Kind = Gerund
		s.Verb = i
		return s
	case w.Is(VPast|VBase) && !w.Is(Det|Poss|Quant|Num) && !(w.Is(V3sg|Noun) && i+1 < len(ws) && ws[i+1].Is(Prep)) &&
		!(w.Lower == "rest" && i+1 < len(ws) && ws[i+1].Lower == "of") &&
		!(w.Is(Noun) && i+1 < len(ws) && ws[i+1].Is(VPast|VPart) && !ws[i+1].Is(VBase|Noun)) && // "fence fixed": a noun and its participle
		!(w.Is(Noun|Adj|Adv) && i+2 < len(ws) && nounish(ws[i+1]) && !ws[i+1].Is(Verb) && ws[i+2].Is(V3sg|Modal|VPart|VPast) && !ws[i+2].Is(VBase) && (ws[i+2].Is(V3sg) || !ws[i+2].Is(Noun))): // "back door stays shut", "correct grades sent today", "work deadline ate my week"
		s.Kind = VerbPhrase
		s.setVerb(ws, i)
		return s
	case w.Is(Adj) && !w.Is(Det|Poss|Quant|Num) && (i+1 == len(ws) || w.Comma || ws[i+1].Is(Prep|Conj|To|Adv|Sub|SubjPron) && !ws[i+1].Is(Noun)):
		s.Kind = AdjPhrase
		return s
	}
noun:
	// A noun phrase, then perhaps its verb: determiners, modifiers and
	// nouns, with prepositional phrases ("money out of the account"),
	// until a finite verb, a relative clause, a subordinator or a comma.
	s.Kind = NounPhrase
	if ws[i].Lower == "all" || ws[i].Lower == "both" {
		s.Plural = true
	}
	for j := i; j < len(ws); j++ {
		x := ws[j]
		if x.Lower == "and" && s.Pred == 0 || x.Is(Num) && j+1 < len(ws) && x.Lower != "one" && x.Lower != "1" && (ws[j+1].Is(Noun) || nounish(ws[j+1])) && !ws[j+1].Is(Quant|Prep|Det) && (j == i || !ws[j-1].Is(Prep)) {
			s.Plural = true
		}
		if irregularPlural[x.Lower] {
			s.Plural = true
		}
		if j > i {
			prev := ws[j-1]
			if prev.Comma {
				return s // "full refund, already sent back": a noun phrase and a note
			}
			if x.Is(Sub|Wh) && !x.Is(Prep|Noun) || x.Is(SubjPron) && !prev.Is(Prep) && prev.Lower != "and" {
				return s // "a cake you never ordered": a relative clause
			}
			k := j
			for k < len(ws)-1 && x.Is(Adv) && !x.Is(Verb|Noun) {
				k++
				x = ws[k]
			}
			if s.verbAt(ws, k) {
				s.Pred = 0
				return s
			}
			if s.Pred == 0 && predPrep(ws, i, j) {
				s.Pred = j
			}
			// "8 people messaging you": a progressive with its "be"
			// left out.
			if s.Pred == 0 && x.Is(VGer) && !x.Is(Noun|Adj) && (ws[j-1].Is(Noun|Name) || nounish(ws[j-1])) && !ws[j-1].Is(Prep|Det|Poss|Adj|Verb) {
				s.Pred = j
			}
		}
		if h := x.Lower; x.Is(Noun|Name|V3sg) || nounish(x) {
			s.Plural = s.Plural || strings.HasSuffix(h, "s") && !strings.HasSuffix(h, "ss") && !strings.HasSuffix(h, "'s") && !strings.HasSuffix(h, "us")
		}
	}
	return s
}

// sameForm reports an irregular verb whose base, past and participle
// are one word ("read", "set", "put"): after a plural noun with no
// object, it is the participle ("names read back to the customer").
func sameForm(w Word) bool {
	switch w.Lower {
	case "read", "set", "put", "cut", "shut", "hit", "let", "spread", "split", "quit", "cast", "hurt":
		return true
	}
	return false
}

// tellVerbs take a person and a clause, so their passive is followed by
// the clause: "students told they'd failed".
var tellVerbs = map[string]bool{"tell": true, "inform": true, "ask": true, "promise": true, "warn": true,
	"assure": true, "advise": true, "remind": true, "show": true, "teach": true}

// catenative verbs take a gerund as their object: "stopped buying",
// "keep checking".
var catenative = map[string]bool{"stop": true, "start": true, "keep": true, "begin": true, "finish": true, "avoid": true,
	"enjoy": true, "mind": true, "quit": true, "consider": true, "miss": true, "risk": true, "try": true, "like": true,
	"love": true, "hate": true, "go": true, "come": true, "spend": true, "practise": true, "practice": true, "recommend": true,
	"suggest": true, "imagine": true, "remember": true, "forget": true, "regret": true, "deny": true, "admit": true}

// irregularPlural are plural nouns without an "s".
var irregularPlural = map[string]bool{"people": true, "children": true, "kids": true, "men": true, "women": true,
	"police": true, "feet": true, "teeth": true, "mice": true}

// predPrep reports whether the preposition at j starts the predicate of
// the noun phrase that starts at i, with its "be" left out: a place or
// state for something definite ("my phone in the drawer at dinner"),
// or a treat someone stands ("drinks on me"). A phrase after an
// indefinite noun modifies it instead ("weekly checks on the printers").
func predPrep(ws []Word, i, j int) bool {
	x := ws[j]
	if x.Lower != "in" && x.Lower != "on" && x.Lower != "at" && x.Lower != "off" || j+1 >= len(ws) {
		return false
	}
	if x.Lower == "off" && j == i+1 { // "music off by 11", "phone off at dinner"
		return true
	}
	obj := ws[j+1]
	if x.Lower == "on" && (obj.Lower == "me" || obj.Lower == "us") {
		return true
	}
	if prev := ws[j-1]; prev.Lower == "now" || prev.Lower == "already" || prev.Lower == "all" { // "birthdays now in my calendar"
		return true
	}
	head := ws[i]
	definite := head.Is(Poss|Name|Time) || head.Lower == "all" && i+1 < len(ws) && ws[i+1].Is(Poss|Det) || head.Lower == "the" || head.Lower == "this" || head.Lower == "that" || head.Lower == "these" || head.Lower == "those"
	return definite && (obj.Is(Poss|Name) || obj.Lower == "the" || x.Lower == "off")
}

// nounish reports whether a word can be part of a noun phrase's head:
// a known noun or an unknown word, not a closed-class word.
func nounish(w Word) bool {
	return w.Is(Noun|Name|Num) || w.Class&^(Noun|Adj) == 0
}

// intransitive verbs: their past after a noun is an active clause ("the
// deposit bounced"), not a passive with its "was" left out.
var intransitive = map[string]bool{"start": true, "begin": true, "stop": true, "end": true, "finish": true, "play": true,
	"arrive": true, "happen": true, "work": true, "change": true, "open": true, "close": true, "break": true, "move": true,
	"turn": true, "grow": true, "improve": true, "continue": true, "stay": true, "fail": true, "crash": true, "die": true,
	"bounce": true, "drop": true, "rise": true, "fall": true, "run": true, "go": true, "come": true, "disappear": true,
	"appear": true, "get": true, "cry": true, "wait": true, "laugh": true, "lose": true, "win": true}

// verbAt decides whether ws[k], after a noun phrase, is its verb, and
// records it: a finite verb makes a clause; a participle with no object
// a verbless passive ("fence fixed this week").
func (s *Shape) verbAt(ws []Word, k int) bool {
	v := ws[k]
	next := Word{}
	if k+1 < len(ws) {
		next = ws[k+1]
	}
	prev := ws[k-1]
	noObject := next.Lower == "" || v.Comma || next.Is(Prep|Adv|Conj|Sub|To|Time) && !next.Is(Noun) ||
		next.Is(Det|Quant) && k+2 < len(ws) && ws[k+2].Is(Time) ||
		next.Is(SubjPron) && tellVerbs[v.Lemma] // "11 students told they'd failed"
	switch {
	case v.Is(Neg) && !v.Is(Modal|Be|Have|Do) && next.Is(VPart) && (k+2 >= len(ws) || !ws[k+2].Is(Det|Poss|ObjPron|SubjPron)):
		s.Passive, s.Neg, s.Verb = true, true, k+1
		return true
	case v.Is(Modal|Be|Have|Do) && !v.Is(Noun):
		s.Kind, s.Subject = Clause, Third
		s.setVerb(ws, k)
		return true
	case v.Is(V3sg) && (v.Is(Noun) || prev.Is(Quant)) && (prev.Is(Adj|Det|Num|Quant|Poss) || next.Is(Adv|Prep|Modal|V3sg|VBase) && !next.Is(Noun|Det)):
		return false // "weekly checks on the printers": a plural noun
	case v.Is(V3sg):
		s.Kind, s.Subject = Clause, Third
		s.setVerb(ws, k)
		return true
	case v.Is(VPart) && !v.Is(VBase) && !intransitive[v.Lemma] && v.Lemma != "" && noObject:
		s.Passive, s.Verb = true, k
		return true
	case v.Is(VPart) && v.Is(VBase) && (!s.Plural || sameForm(v)) && !prev.Is(Adj|Det) && noObject && next.Is(Prep|Adv) && !intransitive[v.Lemma]:
		// "standing order set up": a singular noun cannot take the
		// base form as its present, so "set" is the participle.
		s.Passive, s.Verb = true, k
		return true
	case v.Is(VPast) && !v.Is(Noun):
		s.Kind, s.Subject = Clause, Third
		s.setVerb(ws, k)
		return true
	case v.Is(VBase) && !v.Is(Noun) && s.Plural && !prev.Is(Adj|Det):
		s.Kind, s.Subject = Clause, Third
		s.setVerb(ws, k)
		return true
	}
	return false
}

// setVerb records the verb group starting at i: its tense, negation.
func (s *Shape) setVerb(ws []Word, i int) {
	s.Verb = i
	w := ws[i]
	if s.Kind == 0 {
		s.Kind = Clause
	}
	// Look across the verb group: "have gone", "will be", "was covering".
	for j := i; j < len(ws) && j < i+4; j++ {
		x := ws[j]
		if x.Is(Neg) {
			s.Neg = true
		}
		switch {
		case x.Is(Modal):
			if x.Lemma == "will" || x.Lower == "will" || strings.HasSuffix(x.Lower, "'ll") || x.Lower == "won't" {
				s.Future = true
			} else if x.Lower == "would" || strings.HasSuffix(x.Lower, "'d") || x.Lower == "could" || x.Lower == "should" || strings.HasSuffix(x.Lower, "'ve") {
				// "should've picked up" is past; "I'd like to" is not.
				if j+1 < len(ws) && ws[j+1].Is(Have) {
					s.Past = true
				}
			}
		case x.Is(Have) && (j+1 < len(ws) && ws[j+1].Is(VPart|Neg|Adv)) || strings.HasSuffix(x.Lower, "'ve") && j+1 < len(ws) && ws[j+1].Is(VPart|Adv|Neg):
			if x.Lower == "had" {
				s.Past = true
			}
			s.Perfect = true
		case x.Lower == "going" && j+1 < len(ws) && ws[j+1].Lower == "to" && (j == i || ws[j-1].Is(Be)):
			s.Future = true
		case x.Is(Be):
			switch x.Lower {
			case "was", "were", "wasn't", "weren't":
				s.Past = true
			case "am", "is", "are", "'s", "'re", "'m":
				s.Now = true
			}
			if strings.HasSuffix(x.Lower, "'m") || strings.HasSuffix(x.Lower, "'re") || strings.HasSuffix(x.Lower, "'s") {
				s.Now = true
			}
		case x.Is(Do):
			if x.Lower == "did" || x.Lower == "didn't" {
				s.Past = true
			}
		case x.Is(VPast) && !x.Is(VBase) && j == i:
			s.Past = true
		case x.Is(V3sg) && j == i:
			s.Now = true
		}
		if j > i && !x.Is(Neg|Adv|Modal|Be|Have|Do|To) && x.Lower != "going" || x.Is(Neg) && !x.Is(Modal|Be|Have|Do) && j > i+1 {
			break
		}
	}
	_ = w
}

func personOf(low string) Person {
	switch {
	case low == "i" || strings.HasPrefix(low, "i'"):
		return FirstSingular
	case low == "we" || strings.HasPrefix(low, "we'"):
		return FirstPlural
	case low == "you" || strings.HasPrefix(low, "you'"):
		return Second
	}
	return Third
}

// findMain finds where the main clause of a sentence that opens with a
// subordinate clause starts: after a comma, or at the next subject
// followed by its verb ("when I'm stressed I step away").
func findMain(ws []Word) int {
	for j := 1; j < len(ws)-1; j++ {
		if ws[j-1].Comma {
			if c := clauseAt(ws, j); c.Kind == Clause || c.Kind == VerbPhrase {
				return j
			}
		}
	}
	for j := 2; j < len(ws); j++ {
		w := ws[j]
		// A gerund after the subordinate clause's own verb starts the
		// main clause, its subject left out: "if it can't be saved
		// buying you the same model".
		b := j - 1
		for b > 0 && ws[b].Is(Adv) && !ws[b].Is(Verb) {
			b-- // "if I'm ever doing a speech": still the progressive
		}
		if w.Is(VGer) && !w.Is(Noun) && !ws[b].Is(Be|Prep|Det|Poss) && !catenative[ws[b].Lemma] {
			verb := false
			for k := 1; k < j; k++ {
				if ws[k].Is(Finite | Be | Have | Do) {
					verb = true
				}
			}
			if verb && ws[j-1].Is(VPart|VPast|Adv|Adj|Noun) {
				return j
			}
		}
		if !w.Is(SubjPron) || w.Lower == "it" && j > 0 && ws[j-1].Is(Verb) {
			continue
		}
		c := clauseAt(ws, j)
		if c.Kind != Clause || c.Verb < 0 {
			continue
		}
		// The subordinate clause must have had its own subject or verb
		// ("when I'm stressed", "if I slip") before "I step away", or be a
		// prepositional phrase ("before handover").
		if ws[0].Is(Prep) && j <= 4 {
			return j
		}
		for k := 1; k < j-1; k++ {
			if ws[k].Is(Finite | Be | Have | Do | VBase | SubjPron) {
				return j
			}
		}
	}
	return -1
}
