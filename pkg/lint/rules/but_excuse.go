package rules

import (
	"cmp"
	"slices"
	"strings"

	"github.com/apology-cli/apology/pkg/lang"
	"github.com/apology-cli/apology/pkg/lint"
)

// Patterns of ButExcuse the Run function tells apart.
const (
	// An apology: a word of the apology class, or feeling bad.
	butApology = "(@apology|(feel|felt) (bad|terrible|awful|horrible))"
	// A contrast that can take it back: "but", "however", "though",
	// "although", "that said"; "yet" where it opens a clause, not "not
	// yet".
	butWord = "(@contrast|yet)"
	// butLead opens every except that reads what follows the conjunction.
	butLead = butWord + " "
)

// ButExcuse flags an apology followed by a contrast clause ("but",
// "however", "though", "although", "yet") that defends: one whose subject
// is a circumstance, another person, or the writer's intent or state
// (see excuseClause). The Except list and the Run hook let through
// contrasts that add ownership or repair.
func ButExcuse() *lint.Rule {
	return &lint.Rule{
		ID:       "but-excuse",
		Severity: lint.Error,
		Summary:  `An apology undone by a "but", "however" or "though" that justifies: "I'm sorry, but you know how busy I was".`,
		Why: `"But" cancels what came before it: the reader hears the excuse, not the apology. ` +
			`Excuses make the apology sound insincere. Apologize, then stop.`,
		Message:    `"{phrase}" takes the apology back with an excuse`,
		Suggestion: `End the apology before the "but". If the reason helps them understand, give it on its own, without defending the act.`,
		Bad: []string{
			"I'm sorry, but I was terrified of how you'd react.",
			"I'm sorry about your vegetable patch, but in fairness that fence was already half rotten.",
			"I'm sorry, though the flight was cancelled and there wasn't another one.",
			"I apologise for the delay. However, the supplier let us down.",
		},
		Good: []string{
			"I'm sorry, but more than that I want to fix it.",
			"I'm sorry not only for the noise but also for how I spoke to you.",
			"I'm sorry I missed your recital. I was wrong to double-book.",
			"I'm sorry, but that's no excuse for what I said, and I know it.",
			"It was late and I was tired, but I'm sorry I snapped at you.",
		},
		Phrases: []string{butApology, butWord},
		Except: []string{
			// Not an apology.
			"sorry (to hear|to say|for your loss|to bother|state)",
			"(feel|felt|feeling) sorry for",
			"(not|never) (sorry|regret)",
			// Not a "but" that opens a defence.
			"(even|as) (though|if)",
			"(though|however) $",
			"however (you|we|i|they) (want|like|choose|decide|need|feel|prefer|would like|see fit|wish)",
			"(nothing|anything|all|everything|none|help) but",
			"not (only|just|merely|simply|because|for|to) ... but",
			butLead + "(also|more|most|above all|even more|first|beyond that|equally|importantly|just as importantly)",
			butLead + "(i|we) (also|really|truly|do|still|) (want|would like|wanted|need|intend|plan|mean) to",
			butLead + "(i|we) (also|) (know|realize|realise|understand|recognize|recognise|see|accept|admit|acknowledge|own|take)",
			butLead + "(i|we) (am|are|will|would|promise|owe|am going to) (going to|determined|committed|working|trying|not making|not trying to excuse|not offering|here|ready|make|fix|do|earn|show|pay|put|change|also)",
			// The writer's own future remedy after the contrast: no excuse.
			butLead + "(i|we) @future (@absolute|now|first|also|) (make|fix|do|earn|show|pay|put|change|stop|listen|try|learn|be|give|call|keep|work|repair|replace|cover|take|help|tell|ask|talk|leave|wait)",
			butLead + "(i|we) (hope|pray) (that|) (you|we|one day|someday|in time) (can|will|might|could|may)",
			butLead + "(i|we) (can|could) (not|) (undo|change|take back|erase|go back|excuse|justify|blame|pretend|do better|make|try|start|learn|show)",
			butLead + "(i|we) (chose|let|hurt|broke|lied|failed|knew better|should|was wrong|got it wrong|made (a|the|that) (choice|decision|mistake))",
			butLead + "(i|we) (do not|did not|will not) (expect|ask|want you to feel)",
			butLead + "(that|this|it|there) (is|was) (no|not an|not a|never an|never a) (excuse|justification|reason)",
			butLead + "(that|this|it|nothing|none of that|none of this) (does not|did not|will not|can not|should not|excuses|justifies|changes) (excuse|justify|change|undo|make|fix|erase|matter|take away|what i)",
			butLead + "(there is|i have|i had) no excuse",
			butLead + "(sorry|an apology|apologizing|apologising|saying sorry|words) (is|are|was|were|does|do) not",
			butLead + "(it|this|that) (is|was) (all|entirely|completely|totally|) (my|on me|mine)",
			butLead + "(the|that|this) (fault|blame|responsibility|decision|choice|mistake) (is|was) (mine|all mine|on me|entirely mine)",
			butLead + "(you|your) (deserve|deserved|were right|are right|did not deserve|had every right|have every right|mean|matter|feelings matter)",
			butLead + "(please|) (take|) (all|whatever|as much) (the|) time",
			butLead + "please know",
			butLead + "(from now on|going forward|next time|in future|in the future|here is what|this is what|let me)",
			butLead + "(i|we) (also|still|) owe (you|it to you)",
		},
		Run: runButExcuse,
	}
}

// maxExcuseGap is how many words after the apology word a "but" in the
// same sentence may come: an excuse answers the apology at once ("I'm sorry, but I was
// tired"). Letters typed like text messages often have no full stops, and
// a "though" three lines on belongs to another thought.
const maxExcuseGap = 20

// runButExcuse reports a defensive "but" that follows an apology in the
// same sentence, or opens the sentence right after one in the same paragraph.
func runButExcuse(p *lint.Pass) {
	var apologies, buts []lint.Match
	for _, m := range p.Positive() {
		if m.Pattern == butApology {
			apologies = append(apologies, m)
		} else {
			buts = append(buts, m)
		}
	}
	d := p.Doc
	for _, b := range buts {
		if quoted(d, b.Start) {
			continue
		}
		bt := d.Tokens[b.Start]
		// "yet" contrasts only where it opens a clause ("..., yet you
		// never listen"), not in "I haven't paid yet".
		if b.End-b.Start == 1 && strings.EqualFold(string(d.Src[bt.Start:bt.End]), "yet") && bt.Flags&(lint.CommaBefore|lint.SentenceStart) == 0 {
			continue
		}
		// Only apologies in this sentence or the one before can own this
		// "but"; they start at or after the first such apology.
		i, _ := slices.BinarySearchFunc(apologies, bt.Sent-1, func(a lint.Match, sent int32) int {
			return cmp.Compare(d.Tokens[a.Start].Sent, sent)
		})
		// The apology the "but" answers is the nearest one before it.
		first := -1
		for ; i < len(apologies) && apologies[i].Start < b.Start; i++ {
			a := apologies[i]
			s := d.Tokens[a.Start].Sent
			if s == bt.Sent && b.Start-a.Start > maxExcuseGap {
				continue // too far back to be what the "but" answers
			}
			if !quoted(d, a.Start) && (s == bt.Sent || s == bt.Sent-1 && bt.Flags&lint.SentenceStart != 0 && bt.Flags&lint.BlockStart == 0) {
				first = a.Start
			}
		}
		switch {
		case first < 0:
		case !excuseClause(wordsFrom(d, b.End)):
		case d.Tokens[first].Sent == bt.Sent:
			p.Report(first, b.End, "", "")
		default:
			p.Report(b.Start, b.End, `"{phrase}" opens an excuse right after the apology`, "")
		}
	}
}

// wordsFrom returns the writer's own words from token i to the end of
// its sentence, as pkg/lang tags them: quoted speech left out, commas
// kept, at most lint.MaxEvidenceWords.
func wordsFrom(d *lint.Document, i int) []lang.Word {
	if i >= len(d.Tokens) {
		return nil
	}
	sent := d.Tokens[i].Sent
	var b []byte
	n, last := 0, int32(-1)
	for k := i; k < len(d.Tokens) && d.Tokens[k].Sent == sent && n < lint.MaxEvidenceWords; k++ {
		t := d.Tokens[k]
		if t.Flags&lint.Quoted != 0 || t.Start == last {
			continue // quoted speech; the second piece of a contraction
		}
		if len(b) > 0 {
			if t.Flags&lint.CommaBefore != 0 {
				b = append(b, ',')
			}
			b = append(b, ' ')
		}
		b = append(b, d.Src[t.Start:t.End]...)
		last = t.Start
		n++
	}
	return lang.Words(string(b))
}

// excuseClause reports whether the words after a contrast defend the
// act. Families, in the order they are tried:
//   - a plea of fairness or defence ("in fairness", "to be fair", "in my
//     defence"): an excuse;
//   - the first clause with a subject, if it adds ownership or repair
//     ("but it was my fault", "but I want to fix it", "but I should have
//     known better"): no excuse;
//   - that clause's subject a circumstance or another person (third
//     person: "the traffic was terrible", "it was meant as a joke", "the
//     situation was complicated"), or the reader ("you know how busy I
//     was"): an excuse, unless it says nothing undoes the act or it won't
//     recur;
//   - the writer's state or intent ("I was tired", "I was only trying to
//     help", "I thought you knew"), what they could not do ("I couldn't
//     get away"), or a stance they keep ("I stand by it", "I still think
//     ..."): an excuse; the writer's present knowing, wanting or hoping,
//     or a future act, is not.
func excuseClause(ws []lang.Word) bool {
	if len(ws) == 0 {
		return false
	}
	if hasPhrase(ws, "in", "fairness") || hasPhrase(ws, "to", "be", "fair") || hasPhrase(ws, "in", "my", "defence") ||
		hasPhrase(ws, "in", "my", "defense") || hasPhrase(ws, "in", "our", "defence") || hasPhrase(ws, "in", "our", "defense") {
		return true
	}
	cs := clauses(ws)
	// A clause after an opening phrase ("at that age the players
	// ...", "with work as it was I ...") starts at its subject.
	for j := 1; j < len(ws) && j < 8; j++ {
		if ws[j].Is(lang.SubjPron|lang.Det|lang.Poss) && !ws[j-1].Is(lang.Det|lang.Poss|lang.Prep) {
			cs = append(cs, clauseFrom(ws, j))
		}
	}
	for _, c := range cs {
		s := c.shape
		if s.Subject == lang.NoSubject || c.verb < 0 || s.Kind != lang.Clause && s.Kind != lang.Subordinate {
			continue
		}
		if ownsClause(c) || repairClause(c) {
			return false
		}
		switch {
		case s.Subject == lang.Second:
			return true
		case s.Subject == lang.Third:
			head := c.ws[0].Lower
			return !(head == "nothing" || head == "none" || head == "no" || hasWord(c.ws, "happen") && hasWord(c.ws, "again"))
		}
		own := c.own()
		switch {
		case s.Future:
			return false
		case hasWord(own, "can't", "couldn't", "cannot") || hasWord(own, "can", "could") && hasWord(own, "not"):
			return true // "I couldn't get away"
		case c.lemma == "be" || s.Past:
			return true // "I was tired", "I thought you knew"
		}
		lemma := c.lemma
		if lemma == "do" && c.verb+1 < len(c.ws) && c.ws[c.verb+1].Is(lang.VBase) {
			lemma = lemmaOf(c.ws[c.verb+1]) // "I do stand by it"
		}
		return excuseStance[lemma] // "I stand by it"
	}
	return false
}

// Stances kept against the apology: "I stand by what I wrote",
// "I still think it was funny", "I maintain it was fair".
var excuseStance = words("stand stick maintain think believe insist")

// clauseFrom reads the clause of ws that starts at word k.
func clauseFrom(ws []lang.Word, k int) clause {
	sub := ws[k:]
	c := clause{shape: lang.AnalyzeWords(sub), ws: sub, sent: ws, verb: -1}
	if c.shape.Verb >= 0 {
		c.verb, c.lemma = contentVerb(sub, c.shape.Verb)
	}
	return c
}
