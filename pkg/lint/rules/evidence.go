package rules

import (
	"strings"

	"github.com/apology-cli/apology/pkg/lang"
)

// The document rules' clause-level evidence: what their patterns cannot
// say because it depends on a clause's subject, tense and verb together
// (see lint.Rule.Evidence). Each check reads every clause of a sentence
// with pkg/lang and names the family it recognises.

// clause is one clause of a sentence as pkg/lang reads it.
type clause struct {
	shape lang.Shape
	ws    []lang.Word // the clause's words, to the end of the sentence
	sent  []lang.Word // the whole sentence
	verb  int         // index in ws of the content verb after auxiliaries; -1 if none
	lemma string      // the content verb's base form ("be" when it is the only verb)
}

// clauses reads the clauses of a sentence: one from its start, one after
// each comma or coordinating conjunction, and one at each first-person
// subject inside it ("I'm sorry I forgot": "I forgot").
func clauses(ws []lang.Word) []clause {
	var out []clause
	for k := range ws {
		start := k == 0 || ws[k-1].Comma || ws[k-1].Is(lang.Conj) && !ws[k-1].Is(lang.Sub) ||
			ws[k].Lower == "i" || ws[k].Lower == "we" || strings.HasPrefix(ws[k].Lower, "i'") || strings.HasPrefix(ws[k].Lower, "we'")
		if !start || ws[k].Is(lang.Conj) && !ws[k].Is(lang.Sub) {
			continue // a clause starts after its conjunction
		}
		sub := ws[k:]
		s := lang.AnalyzeWords(sub)
		c := clause{shape: s, ws: sub, sent: ws, verb: -1}
		if s.Verb >= 0 {
			c.verb, c.lemma = contentVerb(sub, s.Verb)
		}
		out = append(out, c)
	}
	return out
}

// contentVerb skips the auxiliaries, negation and adverbs of a verb
// group from i to its content verb.
func contentVerb(ws []lang.Word, i int) (int, string) {
	last := -1
	for j := i; j < len(ws) && j < i+6; j++ {
		w := ws[j]
		switch {
		case w.Is(lang.Modal|lang.Have|lang.Do|lang.Neg) && !w.Is(lang.VBase|lang.VPast|lang.VPart) || w.Lower == "to":
			continue
		case w.Lower == "going" && j+1 < len(ws) && ws[j+1].Lower == "to":
			continue
		case w.Is(lang.Be):
			last = j
			continue
		case w.Is(lang.Adv) && !w.Is(lang.Verb):
			continue
		case w.Is(lang.Verb) || w.Is(lang.Have|lang.Do):
			return j, lemmaOf(w)
		}
		break
	}
	if last >= 0 {
		return last, "be"
	}
	return -1, ""
}

func lemmaOf(w lang.Word) string {
	if w.Lemma != "" {
		return w.Lemma
	}
	return lang.Lemma(w.Lower)
}

func (c clause) first() bool {
	return c.shape.Subject == lang.FirstSingular || c.shape.Subject == lang.FirstPlural
}

// has reports whether the clause (to the end of its sentence) holds one
// of the words.
func (c clause) has(words ...string) bool { return hasWord(c.ws, words...) }

func hasWord(ws []lang.Word, words ...string) bool {
	for _, w := range ws {
		for _, x := range words {
			if w.Lower == x {
				return true
			}
		}
	}
	return false
}

// after returns the words after the content verb.
func (c clause) after() []lang.Word {
	if c.verb < 0 || c.verb+1 > len(c.ws) {
		return nil
	}
	return c.ws[c.verb+1:]
}

// set is a family of words, as a set.
type set map[string]bool

func words(s string) set {
	m := set{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// Routine markers: a frequency, or an end to the old way, that makes an
// act a routine rather than a one-off ("every", "whenever", "instead
// of", "no longer", "Sundays").
var routineMarkers = words("every each whenever instead anymore daily weekly monthly nightly")

// Condition markers: a time or condition an act is tied to ("before",
// "if", "first", "within").
var conditionMarkers = words("when whenever if unless before after until till first within by beforehand immediately same")

// otherModal reports whether the verb group of a clause, up to its
// content verb, has a modal other than "will": what the writer could,
// would or should do is no commitment ("I'd have thought", "we can now
// consider").
func (c clause) otherModal() bool {
	for j := 0; j <= c.verb && j < len(c.ws); j++ {
		w := c.ws[j]
		if strings.HasSuffix(w.Lower, "'d") {
			return true
		}
		if w.Is(lang.Modal) && !strings.HasSuffix(w.Lower, "'ll") && w.Lower != "will" && w.Lower != "shall" && w.Lower != "won't" {
			return true
		}
	}
	return false
}

// own returns the clause's own words: up to the first comma or
// coordinating conjunction after its verb.
func (c clause) own() []lang.Word {
	for j := max(c.verb, 0); j < len(c.ws); j++ {
		if c.ws[j].Comma {
			return c.ws[:j+1]
		}
		if j > c.verb && c.ws[j].Is(lang.Conj) && !c.ws[j].Is(lang.Sub) {
			return c.ws[:j]
		}
	}
	return c.ws
}

// hasRoutine reports whether the sentence has a routine marker, "no
// longer", or a plural day or part of a day ("Sundays", "evenings"); not
// the vow "every single".
func hasRoutine(ws []lang.Word) bool {
	for i, w := range ws {
		next := ""
		if i+1 < len(ws) {
			next = ws[i+1].Lower
		}
		if routineMarkers[w.Lower] && next != "single" && next != "penny" {
			return true
		}
		if w.Lower == "longer" && i > 0 && ws[i-1].Lower == "no" {
			return true
		}
		if strings.HasSuffix(w.Lower, "s") && isTimeWord(strings.TrimSuffix(w.Lower, "s")) {
			return true
		}
	}
	return false
}

func hasCondition(ws []lang.Word) bool {
	for i, w := range ws {
		if w.Lower == "by" && (i+1 >= len(ws) || !ws[i+1].Is(lang.Time|lang.Num)) {
			continue // "by" a date, not "stand by", "by bank transfer"
		}
		if conditionMarkers[w.Lower] {
			return true
		}
	}
	return false
}

// ownCondition reports whether the sentence ties an act to the writer's
// own situation: a subordinator followed by a first-person present
// clause ("when I feel it building", "before I snap", "if I slip").
func ownCondition(ws []lang.Word) bool {
	for i, w := range ws {
		if !w.Is(lang.Sub) || i+1 >= len(ws) {
			continue
		}
		s := lang.AnalyzeWords(ws[i+1:])
		if (s.Subject == lang.FirstSingular || s.Subject == lang.FirstPlural) && !s.Past && !s.Perfect && !s.Future {
			return true
		}
	}
	return false
}

func isTimeWord(w string) bool {
	c, _ := lang.Classify(w)
	return c&lang.Time != 0 && w != "morning" && w != "evening"
}

// Vows and absolutes: a promise nobody can keep is absolute-promise's
// matter, and alone it is not a concrete change.
var absolutes = words("never always forever ever again guaranteed guarantee")

// States of mind and being: feeling, knowing, wanting, hoping. Said in
// the present they describe the writer, not a routine.
var stative = words("be know feel think hope love like want wish mean understand realise realize believe " +
	"regret apologise apologize promise swear guess suppose appreciate remember forget need deserve care " +
	"owe see hear seem sound look try trust get own")

// Repair verbs: acts that make amends for what was done.
var repairVerbs = words("pay repay refund reimburse compensate replace fix repair mend cover redo rebuild return " +
	"rebook reschedule rearrange restore reprint correct clean wash delete remove apologise apologize retract " +
	"cook treat buy bring send give transfer sort help drive collect credit waive reverse remark knock forward " +
	"sell throw have take make get tell email do")

// Self-governing verbs: acts that change how the writer behaves, a
// commitment even without a time ("I'll keep my opinions to myself",
// "I'll take a break from commenting", "I'll do the training").
var selfGoverning = words("keep stop start quit avoid limit learn practise practice step walk count pause " +
	"attend credit raise flag train")

// isChange: a commitment about the writer's (or their organisation's)
// future or habitual behaviour, or a change already made.
func isChange(ws []lang.Word) bool {
	for _, c := range clauses(ws) {
		if changeClause(c) {
			return true
		}
	}
	return false
}

func changeClause(c clause) bool {
	s := c.shape
	if c.verb < 0 || s.Kind != lang.Clause && s.Kind != lang.Subordinate {
		return false
	}
	// Moving on ("we now leave this behind us"), a bargain ("in return",
	// "if you forgive me"), a vow: not a change.
	if hasWord(c.sent, "behind", "return", "forgive", "anything", "whatever", "ready") || c.has("line") && c.has("draw", "drew") ||
		hasPhrase(c.sent, "this", "time") || c.otherModal() {
		return false
	}
	for _, w := range c.ws {
		if absolutes[w.Lower] {
			return false
		}
	}
	// A clause inside a subordinate one ("when I switched banks") tells
	// of its circumstance, not of a change.
	// Nor does one inside a question ("can we just go back ...").
	k := len(c.sent) - len(c.ws)
	if k > 0 && (c.sent[k-1].Is(lang.Sub) || c.sent[k-1].Is(lang.Modal|lang.Do)) {
		return false
	}
	// A change already made: "I've started ...", "booked onto ...",
	// "set up ...", "asked someone to remind me ...".
	if c.first() && (s.Past || s.Perfect) && !s.Neg {
		return madeChange(c)
	}
	if s.Past || s.Perfect {
		return false
	}
	// A past form that reads as a present ("I set up ...").
	if c.first() && !s.Future && c.ws[c.verb].Is(lang.VPast) && madeChange(c) {
		return true
	}
	routine := hasRoutine(c.ws)
	if c.first() {
		if stative[c.lemma] && !(c.lemma == "be" && beProgressive(c)) {
			return false
		}
		if s.Future {
			// A one-off repair ("I'll pay for it by Friday") is not a
			// new routine; a future act tied to a routine or to the
			// writer's own situation, or one that governs how they
			// behave, is.
			if repairVerbs[c.lemma] {
				return false
			}
			return routine || ownCondition(c.sent) || selfGoverning[c.lemma] && !s.FutureTime
		}
		// The present: a habit tied to a routine or condition ("I call
		// before 6", "if I slip, I tell you the same day", "I now check
		// ...").
		if s.Neg {
			return c.has("unless", "without")
		}
		if c.verb > 0 && c.ws[c.verb-1].Is(lang.Be) && !c.ws[c.verb].Is(lang.VGer) {
			return false // "I'm stressed": a state
		}
		// The routine is in the clause itself or in a subordinate clause
		// the sentence opens with ("when work runs late, I call ...").
		scope := c.own()
		if c.sent[0].Is(lang.Sub) {
			scope = append(c.sent[:k:k], scope...)
		}
		if c.ws[c.verb].Is(lang.VPast) && (s.PastTime || hasClass(scope, lang.Time) && !hasRoutine(scope)) {
			return false // "I put a note through your door in June"
		}
		return hasRoutine(scope) || hasCondition(scope) || hasWord(scope, "now")
	}
	// A rule of the writer's organisation or home about every, any or no
	// such thing, or a routine now in place, in the writer's domain (a
	// first-person word in the sentence) or tied to a condition: "every
	// appointment goes in my calendar", "any money out of the joint
	// account gets talked about first", "drivers now park on the road".
	if s.Subject == lang.Second || s.Neg && !c.has("without", "unless", "until") {
		return false
	}
	head := c.ws[0].Lower
	if c.lemma == "be" && !beProgressive(c) && !passive(c) {
		// "there'll be weekly check-ins", "there will be no more jokes".
		return head == "there" && s.Future
	}
	if stative[c.lemma] || s.FutureTime {
		return false
	}
	rule := head == "every" || head == "each" || head == "any" || head == "no" || head == "nothing" || head == "all"
	own := c.own()
	mine := hasWord(own, "i", "we", "my", "our", "me", "us")
	tied := hasRoutine(own) || hasCondition(own) || hasWord(own, "now")
	return (rule || c.has("now") || s.Future) && tied && (mine || rule && hasCondition(c.ws))
}

// beProgressive and passive report whether a clause whose verb is "be"
// goes on to an -ing form or a participle ("I'm keeping", "is checked").
func beProgressive(c clause) bool {
	a := c.after()
	return len(a) > 0 && a[0].Is(lang.VGer) && !a[0].Is(lang.Noun)
}

func passive(c clause) bool {
	for _, w := range c.after() {
		if w.Is(lang.Adv) && !w.Is(lang.Verb) {
			continue
		}
		return w.Is(lang.VPart)
	}
	return false
}

// Changes made: starting, joining or booking onto something, setting up
// or switching to a routine, asking someone to hold one to it.
var changeMadeVerbs = words("start begin join enrol enroll register quit stop switch install schedule arrange introduce")

// Holding the writer to it: what someone is asked to do so it can't
// recur ("asked Dana to flag it", "asked facilities to connect the alarm").
var holdVerbs = words("remind flag nudge check hold pull point stop connect install alert warn set")

func madeChange(c clause) bool {
	a := c.after()
	next := func(i int) string {
		if i < len(a) {
			return a[i].Lower
		}
		return ""
	}
	switch {
	case c.lemma == "start" || c.lemma == "begin" || c.lemma == "stop" || c.lemma == "quit":
		// "started going to ...", "stopped drinking": a new habit or the
		// end of an old one, not "started the argument".
		return len(a) > 0 && (a[0].Is(lang.VGer) && !a[0].Is(lang.Noun) || a[0].Lower == "to")
	case c.lemma == "switch":
		return next(0) == "to"
	case changeMadeVerbs[c.lemma]:
		return len(a) > 0 && !a[0].Is(lang.Time)
	case c.lemma == "book" || c.lemma == "sign":
		// "booked onto the course", "booked in with a debt adviser",
		// "signed up to".
		return next(0) == "onto" || next(0) == "on" || next(0) == "in" || next(0) == "into" || next(0) == "up" || next(0) == "myself"
	case c.lemma == "set" || c.lemma == "put" || c.lemma == "add":
		// "set up a standing order", "put every birthday in my phone".
		return next(0) == "up" || hasWord(a, "reminder", "reminders", "alarm", "alarms", "calendar", "diary", "every", "each", "standing")
	case c.lemma == "ask":
		// "asked facilities to connect the alarm", "asked Dana to flag it".
		for i, w := range a {
			if w.Lower == "to" && i+1 < len(a) && holdVerbs[lemmaOf(a[i+1])] {
				return i > 0 && !hasWord(a[:i], "you", "u")
			}
		}
	}
	return false
}

// hasPhrase reports whether ws has the words in sequence.
func hasPhrase(ws []lang.Word, seq ...string) bool {
	for i := 0; i+len(seq) <= len(ws); i++ {
		ok := true
		for j, x := range seq {
			if ws[i+j].Lower != x {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func hasClass(ws []lang.Word, c lang.Class) bool {
	for _, w := range ws {
		if w.Is(c) {
			return true
		}
	}
	return false
}
