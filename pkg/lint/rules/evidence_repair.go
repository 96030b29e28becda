package rules

import (
	"strings"

	"github.com/apology-cli/apology/pkg/lang"
)

// missing-repair's clause-level evidence: making amends, recognised by
// who acts, how (offered, promised, under way, done) and with what verb,
// where its patterns can only list wordings. Each family is named where
// it is checked.

// Amends verbs: acts that are a repair whether offered, promised or
// already done.
var amendVerbs = words("pay repay refund reimburse compensate replace fix repair mend cover redo rebuild return " +
	"rebook reschedule rearrange restore reprint retake reshoot correct retract withdraw waive reverse credit transfer")

// Offered acts: acts that make amends when the writer offers or promises
// them ("I'll come over", "I can help", "we're baking"), but that tell of
// the harm itself in the past.
var offerVerbs = words("cook host treat help come drive collect bring buy get order book clean sort " +
	"delete remove replant repaint reinstate rerun resend")

// Told verbs: how a writer puts the record straight with others.
var toldVerbs = words("tell email message write text ring call phone post explain confirm inform")

// Wanting verbs: what makes the act after them an offer ("I'd like to
// pay", "I want to fix it", "I offered to cover it").
var wantingVerbs = words("like love want offer intend plan aim")

// Willing adjectives: "I'm happy to cover it".
var willingAdjs = words("happy glad willing ready keen")

// Treats: what the writer stands ("tea's on me", "the next round on
// us"), never the blame ("that's on me").
var treatNouns = words("dinner dinners lunch lunches breakfast brunch coffee coffees tea drink drinks round rounds " +
	"pint pints beer beers wine pizza pizzas takeaway takeaways meal meals food cake cakes refreshments snacks " +
	"curry ice cream tickets ticket taxi taxis cab uber petrol fuel bill tab parking treat treats fish chips")

// Remedy nouns: what a business or writer gives back ("a £10
// credit", "refunds have gone out", "a new lens has been ordered").
var remedyNouns = words("refund refunds credit credits replacement replacements voucher vouchers rebate rebates " +
	"reimbursement compensation money payment payments deposit deposits balance rest amount sum fee fees " +
	"correction corrections apology retraction new grades marks specialist engineer plumber electrician technician " +
	"cleaner cleaners contractor builder glazier locksmith courier joiner repair repairs share half")

// Passive amends: participles that are a repair whatever the subject
// ("the fee has been waived").
var passiveAmends = words("refund reimburse credit remark rebook replace repair fix restore correct waive reverse " +
	"repay reinstate reprint reissue resend redeliver cancel withdraw")

// Passive deliveries: participles that are a repair when their subject
// is money or a remedy ("the first payment has been sent").
var passiveDeliveries = words("send pay transfer order book approve arrange post dispatch issue deliver return")

// isRepair: a sentence with a clause of making amends.
func isRepair(ws []lang.Word) bool {
	if treat(ws) || remedyAmount(ws) {
		return true
	}
	mode := noAmends
	for _, c := range clauses(ws) {
		m := amendsMode(c)
		// A verb phrase joined by "and" keeps its clause's subject and
		// mode: "I can call them and explain ...".
		if m == noAmends && c.shape.Subject == lang.NoSubject && c.shape.Kind == lang.VerbPhrase && c.verb == 0 && joined(c) {
			m = mode
		}
		mode = m
		if m != noAmends && amendsAct(c, m) || invitation(c) || passiveAmend(c) {
			return true
		}
	}
	return false
}

// repairClause reports whether one clause, read alone, makes amends.
func repairClause(c clause) bool {
	m := amendsMode(c)
	return m != noAmends && amendsAct(c, m) || invitation(c) || passiveAmend(c)
}

// How a first-person clause holds its act.
type amendsHow uint8

const (
	noAmends amendsHow = iota
	offered            // promised, offered or under way: "I'll", "I can", "I'd like to", "we're baking"
	done               // already done: "I paid", "I've told them"
)

func amendsMode(c clause) amendsHow {
	s := c.shape
	if !c.first() || c.verb < 0 || s.Neg || negated(c.ws[:c.verb+1]) || s.Kind != lang.Clause {
		return noAmends
	}
	// A clause inside an apology ("I'm sorry I erased them"), a
	// subordinate clause ("when I paid") or a question tells of the harm
	// or its circumstance.
	k := len(c.sent) - len(c.ws)
	if k > 0 && (c.sent[k-1].Is(lang.Sub) || c.sent[k-1].Is(lang.Modal|lang.Do)) || afterApology(c.sent[:k]) {
		return noAmends
	}
	for j := 0; j < c.verb; j++ {
		w := c.ws[j].Lower
		if w == "should" || w == "must" || w == "might" || w == "may" || w == "would" && !wantingVerbs[c.lemma] {
			return noAmends
		}
		// "could have", "would have": what was not done.
		if (w == "could" || w == "would" || strings.HasSuffix(w, "'d")) && j+1 < len(c.ws) && c.ws[j+1].Is(lang.Have) {
			return noAmends
		}
	}
	switch {
	case s.Future:
		return offered
	case c.otherModal(): // "I can", "I could", "I'd"
		return offered
	case c.lemma == "be" && beProgressive(c) && !s.Past:
		return offered
	case wantingVerbs[c.lemma] && !s.Past: // "I want to fix it"
		return offered
	case s.Past || s.Perfect:
		return done
	}
	return noAmends
}

// afterApology reports whether ws, the words before a clause, end in an
// apology that the clause is the object of: no comma or conjunction
// after the apology word.
func afterApology(ws []lang.Word) bool {
	for j := len(ws) - 1; j >= 0; j-- {
		w := ws[j]
		switch w.Lower {
		case "sorry", "apologise", "apologize", "apologies", "regret", "ashamed", "forgive":
			return true
		}
		if w.Comma || w.Is(lang.Conj) && !w.Is(lang.Sub) {
			return false
		}
	}
	return false
}

// joined reports whether the clause follows "and" or "then".
func joined(c clause) bool {
	k := len(c.sent) - len(c.ws)
	return k > 0 && (c.sent[k-1].Lower == "and" || c.sent[k-1].Lower == "then")
}

// amendsAct reports whether the clause's act, held as m, makes amends.
func amendsAct(c clause, m amendsHow) bool {
	v, a := c.verb, c.after()
	lemma := c.lemma
	// An offer through wanting or willingness: "I'd like to pay", "I'm
	// happy to cover it", "I offered to drive".
	if wantingVerbs[lemma] || lemma == "be" && len(a) > 0 && willingAdjs[a[0].Lower] {
		for i, w := range a {
			if w.Lower == "to" && i+1 < len(a) && a[i+1].Is(lang.VBase) {
				v = len(c.ws) - len(a) + i + 1
				lemma, a = lemmaOf(a[i+1]), a[i+2:]
				m = offered
				break
			}
			if i > 2 {
				return false
			}
		}
		if v == c.verb {
			return false
		}
	}
	// Under way: "we're baking", "we're refunding".
	if lemma == "be" && m == offered && beProgressive(c) {
		lemma, a = lemmaOf(a[0]), a[1:]
	}
	next := func(i int) string {
		if i < len(a) {
			return a[i].Lower
		}
		return ""
	}
	own := clauseWords(a)
	switch {
	// Amends proper: paying, refunding, replacing, fixing, redoing,
	// returning, rebooking, correcting; not of the harm ("paid late",
	// "returned it broken", "the wrong one").
	case amendVerbs[lemma]:
		return !hasWord(own, "late", "wrong", "twice", "broken", "damaged", "without", "attention") &&
			!(lemma == "cover" && next(0) == "up")
	// Putting it right in so many words: "make it up to you", "make it
	// right", "make amends", "put things right".
	case lemma == "make" || lemma == "put":
		return hasWord(own, "amends") || hasWord(own, "right", "good") && !hasWord(own, "sure") ||
			lemma == "make" && hasWord(own, "up") && hasWord(own, "it", "this", "that", "things")
	// Taking it down: "I took the clip down", "I'll take the post down".
	case lemma == "take":
		if hasWord(own, "down") {
			return true
		}
		// Taking them out: "I'll take you to dinner".
		return m == offered && (next(0) == "you" || next(0) == "u" || next(0) == "them" || next(0) == "her" || next(0) == "him") &&
			(next(1) == "out" || next(1) == "to" || next(1) == "for")
	// Deleting what hurt: "I deleted them", "I removed the post".
	case lemma == "delete" || lemma == "remove":
		return m == offered || len(a) > 0 && (a[0].Is(lang.SubjPron|lang.ObjPron) && !a[0].Is(lang.Poss) ||
			hasWord(own, "post", "photo", "photos", "picture", "comment", "comments", "video", "tweet", "message", "review", "screenshot", "story", "reel"))
	// Apologising to others too: "I'll apologise to them too", "I
	// apologised under the video".
	case lemma == "apologise" || lemma == "apologize":
		return next(0) != "to" && hasWord(own, "publicly", "under", "in", "on") && !hasWord(own, "for") ||
			next(0) == "to" && next(1) != "you" && next(1) != "u"
	// Putting the record straight with others: telling them it was the
	// writer, or whose the work was ("I told the others it was my fault",
	// "I wrote to the board to say the plan was yours", "I'll tell him I
	// spoke too soon").
	case toldVerbs[lemma]:
		if next(0) == "you" || next(0) == "u" {
			return false
		}
		return recordStraight(a)
	// Sending a correction or the money: "we sent a correction to the list".
	case lemma == "send":
		return hasWord(own, "correction", "retraction", "apology", "clarification", "refund", "replacement", "money", "payment") ||
			hasClass(own, lang.Num) && m == done
	// Offered acts: coming, helping, cooking, hosting, bringing, buying.
	case offerVerbs[lemma]:
		if m != offered {
			// Done, only as a replacement: "I ordered a new one".
			return (lemma == "order" || lemma == "buy" || lemma == "book" || lemma == "get") &&
				hasWord(own, "new", "replacement", "another", "refund")
		}
		return !(lemma == "get" && (next(0) == "over" || next(0) == "better" || next(0) == "help" || next(0) == "it")) &&
			!(lemma == "come" && (next(0) == "back" || next(0) == "across" || next(0) == "clean" || next(0) == "to" && (next(1) == "terms" || next(1) == "my"))) &&
			!(lemma == "help" && (next(0) == "myself" || next(0) == "it"))
	}
	return false
}

// clauseWords returns words up to the end of their clause: a comma
// or a coordinating conjunction.
func clauseWords(a []lang.Word) []lang.Word {
	for j, w := range a {
		if w.Comma {
			return a[:j+1]
		}
		if w.Is(lang.Conj) && !w.Is(lang.Sub) && j > 0 {
			return a[:j]
		}
	}
	return a
}

// recordStraight reports whether what is told owns the act or credits
// the reader: an admission, "it was me", "it was your work", "the
// truth", a first-person past act.
func recordStraight(a []lang.Word) bool {
	if hasPhrase(a, "the", "truth") || hasPhrase(a, "it", "was", "me") || hasPhrase(a, "it", "was", "us") ||
		hasPhrase(a, "your", "work") || hasPhrase(a, "your", "idea") || hasPhrase(a, "not", "you") ||
		hasWord(a, "unfair", "untrue", "false", "wrong") {
		return true
	}
	if isResponsibility(a) {
		return true
	}
	// "tell him I spoke too soon": the writer's own past act.
	for i, w := range a {
		if i > 0 && i < 4 && (w.Lower == "i" || w.Lower == "we") {
			s := lang.AnalyzeWords(a[i:])
			return s.Past && !s.Neg && s.Subject != lang.NoSubject
		}
	}
	return false
}

// invitation: an invitation to share a meal or a visit, addressed to the
// reader ("come round for tea", "come over on Friday").
func invitation(c clause) bool {
	if c.shape.Kind != lang.Imperative || len(c.ws) < 2 {
		return false
	}
	w := c.ws[0].Lower
	if w == "please" && len(c.ws) > 2 {
		w = c.ws[1].Lower
	}
	if w != "come" && w != "join" {
		return false
	}
	a := c.ws[1:]
	return hasWord(a[:min(len(a), 3)], "for", "round", "over", "to", "us", "me") && !hasWord(a, "back", "terms", "clean")
}

// passiveAmend: amends done or promised in the passive, or by the
// remedy itself ("a refund has been sent", "the fee will be waived",
// "refunds have gone out", "a new part is going in").
func passiveAmend(c clause) bool {
	s := c.shape
	if c.verb < 1 || s.Neg || c.first() || s.Subject == lang.Second || s.Kind != lang.Clause {
		return false
	}
	subj := c.ws[:c.verb]
	for j, w := range subj {
		if w.Is(lang.Modal | lang.Have | lang.Be) {
			subj = subj[:j]
			break
		}
	}
	remedy := hasClass(subj, lang.Num)
	for _, w := range subj {
		if remedyNouns[w.Lower] {
			remedy = true
		}
	}
	// The writer's own share is a remedy ("my share of the bill was
	// sent"); otherwise a person, or the harm, is no remedy's subject.
	if len(subj) == 0 || hasWord(subj, "you", "i", "it", "this", "that", "they", "he", "she", "mistake", "error", "email", "data", "details") ||
		hasWord(subj, "my", "our") && !remedy || hasWord(c.ws, "wrong") {
		return false
	}
	verb, lemma := c.verb, c.lemma
	// "have" read as the verb of "refunds have gone out".
	if lemma == "have" && verb+1 < len(c.ws) && c.ws[verb+1].Is(lang.VPart) {
		verb++
		lemma = lemmaOf(c.ws[verb])
	}
	v := c.ws[verb]
	// Of the reader's own things, only an amends proper: "your fee will
	// be waived", not "your email has been forwarded".
	if hasWord(subj, "your") && !passiveAmends[lemma] {
		return false
	}
	isPassive := c.ws[verb-1].Is(lang.Be) && v.Is(lang.VPart)
	if !isPassive {
		// The remedy on its way: "refunds have gone out", "a new
		// part is going in".
		a := c.ws[verb+1:]
		return remedy && lemma == "go" && len(a) > 0 && (a[0].Lower == "out" || a[0].Lower == "in" || a[0].Lower == "back")
	}
	// Done, under way or promised, not a past narrative: "has been",
	// "will be", "is being".
	if !(s.Perfect || s.Future || !s.Past) && !remedy {
		return false
	}
	return passiveAmends[lemma] || passiveDeliveries[lemma] && remedy
}

// treat: a meal or round the writer stands ("tea is on me", "the
// next round's on us", "pizza on us"), not the blame ("that's on
// me").
func treat(ws []lang.Word) bool {
	// A round put off to "next time" sweetens; it mends nothing.
	if hasPhrase(ws, "next", "time") || hasWord(ws, "promise", "if") {
		return false
	}
	for i := 1; i+1 < len(ws); i++ {
		if ws[i].Lower != "on" || ws[i+1].Lower != "me" && ws[i+1].Lower != "us" {
			continue
		}
		j := i - 1
		if ws[j].Lower == "is" || ws[j].Lower == "are" || ws[j].Lower == "will" || ws[j].Lower == "be" {
			j--
			if j >= 0 && ws[j].Lower == "will" {
				j--
			}
		}
		if j < 0 {
			continue
		}
		n := strings.TrimSuffix(strings.TrimSuffix(ws[j].Lower, "'s"), "'re")
		if treatNouns[n] {
			return true
		}
	}
	return false
}

// remedyAmount: an amount given back, "a £10 credit to every member", "a
// full refund".
func remedyAmount(ws []lang.Word) bool {
	for i := 1; i < len(ws); i++ {
		switch ws[i].Lower {
		case "credit", "refund", "voucher", "rebate", "discount", "reimbursement", "compensation", "goodwill":
			p := ws[i-1]
			if p.Is(lang.Num) && !p.Is(lang.Time) || p.Lower == "full" || p.Lower == "free" {
				return !hasWord(ws[:i], "no", "not", "never", "if", "without")
			}
		}
	}
	return false
}
