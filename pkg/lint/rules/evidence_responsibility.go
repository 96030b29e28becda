package rules

import (
	"strings"

	"github.com/apology-cli/apology/pkg/lang"
)

// missing-responsibility's clause-level evidence: the writer owning the
// act, in any words, read from each clause's subject, negation and
// predicate. Each family is named where it is checked.

// Fault nouns: what a writer owns ("my fault", "our mistake", "my
// doing", "a failure of judgement on my part").
var faultNouns = words("fault fault's mistake mistakes error errors doing blame failure failing failings misjudgement " +
	"misjudgment lapse oversight carelessness selfishness thoughtlessness negligence responsibility bad")

// Judgements: what the writer calls their own act or themselves ("my
// comments were unacceptable", "I was selfish", "wrong of me").
var judgements = words("wrong selfish careless thoughtless cruel unfair rude unkind inconsiderate disrespectful " +
	"dishonest reckless negligent irresponsible insensitive hurtful mean nasty petty childish arrogant dismissive " +
	"condescending patronising patronizing unprofessional inappropriate unacceptable inexcusable unforgivable " +
	"indefensible lazy sloppy stupid foolish cowardly spiteful sarcastic hypocritical disgraceful shameful " +
	"uncalled unjustified unwarranted harsh ungrateful entitled tactless clumsy deceitful sneaky")

// Judgement phrases: "out of line", "out of order", "below the belt".
func judgementPhrase(a []lang.Word) bool {
	return hasPhrase(a, "out", "of", "line") || hasPhrase(a, "out", "of", "order") || hasPhrase(a, "below", "the", "belt") ||
		hasPhrase(a, "over", "the", "line") || hasPhrase(a, "a", "mistake") || hasPhrase(a, "an", "error") ||
		hasPhrase(a, "a", "failure") || hasPhrase(a, "a", "lapse") || hasPhrase(a, "a", "betrayal") ||
		hasPhrase(a, "not", "okay") || hasPhrase(a, "not", "ok") || hasPhrase(a, "not", "acceptable") ||
		hasPhrase(a, "not", "fair") || hasPhrase(a, "not", "right") || hasPhrase(a, "not", "appropriate")
}

// Act nouns: the writer's own act as the subject of a judgement ("my
// comments", "our handling of it", "my reply").
var actNouns = words("comment comments remark remarks word words behaviour behavior behaviours reply replies response " +
	"responses tone joke jokes post posts message messages email emails text texts decision decisions action actions " +
	"conduct handling outburst reaction language choice choices attitude treatment approach question questions " +
	"review note letter speech toast tweet silence absence lie lies accusation accusations criticism")

// Said verbs: "what I said", "the way I spoke".
var actVerbs = words("said did wrote posted told sent spoke acted behaved handled treated reacted talked responded " +
	"replied put shouted snapped asked")

// isResponsibility: a sentence with a clause that owns the act.
func isResponsibility(ws []lang.Word) bool {
	for _, c := range clauses(ws) {
		if ownsClause(c) {
			return true
		}
	}
	return false
}

func ownsClause(c clause) bool {
	ws := c.own()
	if len(ws) == 0 {
		return false
	}
	// A condition, a question or a report of someone else's view
	// ("if it was my fault", "was it my fault", "you said I was rude")
	// owns nothing.
	k := len(c.sent) - len(c.ws)
	if k > 0 && (c.sent[k-1].Lower == "if" || c.sent[k-1].Lower == "whether" || c.sent[k-1].Is(lang.Modal|lang.Do|lang.Be)) ||
		ws[0].Is(lang.Be|lang.Modal|lang.Do) && !ws[0].Is(lang.Det|lang.SubjPron) || ws[0].Lower == "if" || ws[0].Lower == "whether" || reported(c.sent[:k]) {
		return false
	}
	// Hedged ownership ("perhaps I was a little harsh", "I guess I should
	// have") is hedging's matter, and no acknowledgement.
	if hedged(c.sent) {
		return false
	}
	neg := negated(ws)
	// Owned fault: "my fault", "our mistake", "my doing", "a failure of
	// judgement on my part", "the blame is mine".
	for i, w := range ws {
		if (w.Lower == "my" || w.Lower == "our") && i+1 < len(ws) {
			n := ws[i+1].Lower
			if (n == "own" || n == "fault" || n == "biggest" || n == "big") && i+2 < len(ws) {
				n = ws[i+2].Lower
			}
			if faultNouns[n] && n != "responsibility" && !neg && !(n == "mistake" && i+2 < len(ws) && ws[i+2].Is(lang.Be)) {
				return true
			}
		}
		if faultNouns[w.Lower] && hasPhrase(ws[i:], "on", "my", "part") && !neg {
			return true
		}
	}
	// The fault placed on the writer: "that's on me", "it's all on us".
	if n := len(ws); !neg && (hasPhrase(ws, "on", "me") || hasPhrase(ws, "on", "us")) && ws[0].Is(lang.Det|lang.SubjPron) &&
		(strings.HasPrefix(ws[0].Lower, "that") || strings.HasPrefix(ws[0].Lower, "this") || strings.HasPrefix(ws[0].Lower, "it")) && n <= 6 {
		return true
	}
	// No excuse: "there's no excuse for it", "I have no excuse".
	if hasPhrase(ws, "no", "excuse") && c.shape.Subject != lang.Second && !hasWord(ws, "you", "u") {
		return true
	}
	// What the writer should not have done: "I shouldn't have", "I
	// should have asked", "we should never have".
	if c.first() && shouldHave(ws) {
		return true
	}
	// Letting them down: "I let you down", "I let the team down".
	if c.first() && c.lemma == "let" && hasWord(ws, "down") && !neg {
		return true
	}
	// Judging oneself: "I was wrong", "I was selfish and careless", "I
	// was out of line".
	if c.first() && c.lemma == "be" && !beProgressive(c) {
		a := c.after()
		return judged(a, neg)
	}
	// Judging one's own act: "my comments were unacceptable", "what I
	// said was out of line", "the way I spoke to you was wrong", "wrong
	// of me".
	for i, w := range ws {
		if i > 0 && w.Is(lang.Be) && ownAct(ws[:i]) {
			return judged(ws[i+1:], negated(ws[i:]))
		}
	}
	for i := 1; i+2 < len(ws)+1; i++ {
		if i+1 < len(ws) && ws[i].Lower == "of" && (ws[i+1].Lower == "me" || ws[i+1].Lower == "us") && judgements[ws[i-1].Lower] && !neg {
			return true
		}
	}
	return false
}

// judged reports whether a predicate judges the act: a judgement
// adjective or phrase, not denied ("was not wrong"); a denial of what it
// should have been ("was not okay") is a judgement.
func judged(a []lang.Word, neg bool) bool {
	a = clauseWords(a)
	if neg {
		// "not okay", "not fair": the judgement is the negation.
		for i, w := range a {
			if w.Is(lang.Neg) || strings.HasSuffix(w.Lower, "n't") {
				rest := a[i+1:]
				return len(rest) > 0 && (rest[0].Lower == "okay" || rest[0].Lower == "ok" || rest[0].Lower == "acceptable" ||
					rest[0].Lower == "fair" || rest[0].Lower == "right" || rest[0].Lower == "appropriate" || rest[0].Lower == "kind")
			}
		}
		return false
	}
	if judgementPhrase(a) {
		return true
	}
	for i, w := range a {
		if i > 3 {
			break
		}
		if judgements[w.Lower] {
			// "wrong about the date" is still wrong; "wrong to trust you"
			// blames the reader.
			return !(i+2 < len(a) && a[i+1].Lower == "to" && hasWord(a[i+2:], "you", "u"))
		}
	}
	return false
}

// ownAct reports whether a subject is the writer's own act: "my
// comments", "what I said", "the way I spoke to you", "how we handled it".
func ownAct(subj []lang.Word) bool {
	for i, w := range subj {
		if (w.Lower == "my" || w.Lower == "our") && i+1 < len(subj) {
			n := subj[i+1]
			// "my comments", "my handling", "my careless remarks", not
			// "my brother's comments".
			if actNouns[n.Lower] || n.Is(lang.VGer) || (n.Is(lang.Adj) || n.Lower == "own") && i+2 < len(subj) && actNouns[subj[i+2].Lower] {
				return true
			}
		}
		if (w.Lower == "what" || w.Lower == "how" || w.Lower == "way") && i+2 < len(subj) &&
			(subj[i+1].Lower == "i" || subj[i+1].Lower == "we") && actVerbs[subj[i+2].Lower] {
			return true
		}
	}
	return false
}

// shouldHave: "I should have", "I shouldn't have", "I should never have",
// not "I should have been told".
func shouldHave(ws []lang.Word) bool {
	for i, w := range ws {
		if w.Lower != "should" && w.Lower != "shouldn't" && w.Lower != "ought" {
			continue
		}
		for j := i + 1; j < len(ws) && j < i+4; j++ {
			if ws[j].Is(lang.Have) {
				return !(j+2 < len(ws) && ws[j+1].Lower == "been" && (ws[j+2].Lower == "told" || ws[j+2].Lower == "given" || ws[j+2].Lower == "asked"))
			}
			if !ws[j].Is(lang.Neg|lang.Adv) && ws[j].Lower != "to" {
				break
			}
		}
	}
	return false
}

// negated reports whether a clause's words hold a negation.
func negated(ws []lang.Word) bool {
	for _, w := range ws {
		if w.Is(lang.Neg) || strings.HasSuffix(w.Lower, "n't") {
			return true
		}
	}
	return false
}

// reported reports whether the words before a clause report someone
// else's claim: "you said", "they think", "people say".
func reported(ws []lang.Word) bool {
	for j := len(ws) - 1; j >= 0 && j >= len(ws)-4; j-- {
		switch lemmaOf(ws[j]) {
		case "say", "think", "claim", "feel", "call", "accuse", "believe", "suggest", "imply", "insist":
			s := lang.AnalyzeWords(ws[max(0, j-3) : j+1])
			return s.Subject != lang.FirstSingular && s.Subject != lang.FirstPlural
		}
	}
	return false
}

// hedged reports whether a sentence doubts what it owns.
func hedged(ws []lang.Word) bool {
	return hasWord(ws, "maybe", "perhaps", "possibly", "probably", "arguably", "guess", "suppose", "reckon", "might", "kinda", "sorta") ||
		hasPhrase(ws, "a", "touch") || hasPhrase(ws, "kind", "of") || hasPhrase(ws, "sort", "of")
}
