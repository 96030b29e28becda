package letter

import (
	"strings"

	"github.com/apology-cli/apology/pkg/lang"
)

// voice is how the letter speaks: "I" or "we", warm or formal, and the
// other answers, which tell a noun's article ("the fence" named before).
type voice struct {
	we, formal bool
	context    string
}

func (v voice) will() string {
	switch {
	case v.formal && v.we:
		return "We will"
	case v.formal:
		return "I will"
	case v.we:
		return "We'll"
	}
	return "I'll"
}

func (v voice) wont() string {
	if v.formal {
		return strings.Replace(v.will(), "will", "will not", 1)
	}
	return v.subjCap() + " won't"
}

// am is the subject with "be": "I'm", "We are".
func (v voice) am() string {
	switch {
	case v.formal && v.we:
		return "We are"
	case v.formal:
		return "I am"
	case v.we:
		return "We're"
	}
	return "I'm"
}

func (v voice) subjCap() string {
	if v.we {
		return "We"
	}
	return "I"
}

func (v voice) thereWill() string {
	if v.formal {
		return "There will be"
	}
	return "There'll be"
}

// clean is an answer as the letter writes it: text shorthand spelled
// out, an apology typed in front dropped.
func clean(answer string) string {
	return lang.Normalize(trimEnd(Tidy(answer)))
}

// Act reads what_i_did. sorryFor is what follows "I'm sorry": a clause
// ("I forgot your birthday dinner", "our driver blocked your drive") or
// "for" and a noun or gerund phrase ("for my comment about your weight");
// did is the act as a clause where there is one; we is true when the act
// is a business's or a couple's ("we", "our driver"); more holds any
// further sentences the answer had.
func Act(answer string, relationship string) (sorryFor, did string, we bool, more []string, err error) {
	ss := sentences(clean(answer))
	if len(ss) == 0 {
		return "", "", false, nil, ErrEmpty
	}
	s := trimEnd(ss[0])
	if loc := apologyLead().FindStringIndex(s); loc != nil {
		s = strings.TrimSpace(s[loc[1]:])
	}
	s = strings.TrimPrefix(s, "for ")
	sh := lang.Analyze(s)
	first := ""
	if len(sh.Words) > 0 {
		first = sh.Words[0].Lower
	}
	if sh.Kind == lang.NounPhrase && sh.Passive && (first == "our" || first == "my") {
		// "our fitter drilled through a pipe": someone's act, told as
		// what_i_did, not a thing that was drilled.
		sh.Kind, sh.Subject = lang.Clause, lang.Third
	}
	switch sh.Kind {
	case lang.Clause:
		switch {
		case sh.Subject == lang.FirstPlural || first == "our":
			we = true
		case sh.Subject == lang.Second:
			return "", "", false, nil, ErrActShape
		}
		did = lowerWord(s)
		sorryFor = did
		if sh.Subject == lang.Third && first != "my" && first != "our" {
			sorryFor = "that " + did
		}
	case lang.VerbPhrase:
		we = relationship == "customer"
		did = withSubject(sh, s, who{we})
		sorryFor = did
	case lang.Gerund, lang.NounPhrase:
		if opensWithSetting(sh) {
			// "on 3 April our email showed ...": a time or place, then
			// the clause: "I'm sorry that on 3 April our email ...".
			we = we || strings.Contains(" "+strings.ToLower(s)+" ", " our ")
			sorryFor = "that " + lowerWord(s)
			did = lowerWord(s)
			break
		}
		if len(sh.Words) <= 2 && (first == "everything" || first == "anything" || first == "it" || first == "this" || first == "that" || first == "whatever" || first == "all") {
			return "", "", false, nil, ErrActShape // names no act: "sorry for everything"
		}
		np := lowerWord(s)
		if sh.Kind == lang.NounPhrase && len(sh.Words) > 0 && !sh.Words[0].Is(lang.Det|lang.Poss|lang.Quant|lang.Num|lang.Name|lang.Prep|lang.ObjPron) && !sh.Plural && !lang.Mass(sh.Words[0].Lower) && sh.Words[0].Is(lang.Noun) {
			np = "the " + np // "for party on Saturday night": the one they both know
		}
		sorryFor = "for " + np
		we = first == "our" || hasWord(sh, "we") || hasWord(sh, "our")
	default:
		return "", "", false, nil, ErrActShape
	}
	if did != "" && !strings.HasPrefix(did, "I ") && !strings.HasPrefix(did, "I'") {
		did = lowerWord(did)
	}
	// "marked the mocks against the wrong scheme, sent grades home
	// Friday": the last of a list of acts takes "and".
	if parts := commaParts(sorryFor); len(parts) > 1 && sorryFor == did {
		last := parts[len(parts)-1]
		if ls := lang.Analyze(last); last == trimLead(last) && ls.Kind == lang.VerbPhrase && ls.Past && !epistemic(ls) {
			i := strings.LastIndex(sorryFor, last)
			sorryFor = strings.TrimRight(sorryFor[:i], ", ") + " and " + last
			did = sorryFor
		}
	}
	for _, x := range ss[1:] {
		more = append(more, statement(x, who{we}, "own")...)
	}
	return sorryFor, did, we, more, nil
}

// hasWord reports whether the phrase has the word (in lower case).
func hasWord(sh lang.Shape, w string) bool {
	for _, x := range sh.Words {
		if x.Lower == w {
			return true
		}
	}
	return false
}

// opensWithSetting reports a phrase that opens with a prepositional
// phrase of time or place and goes on to a clause with its own subject
// and finite verb: "on 3 April our email showed another customer's name".
func opensWithSetting(sh lang.Shape) bool {
	ws := sh.Words
	if len(ws) < 4 || !ws[0].Is(lang.Prep) || ws[0].Lower == "for" {
		return false
	}
	for k := 1; k+1 < len(ws); k++ {
		if ws[k].Is(lang.SubjPron|lang.Poss) && !ws[k].Is(lang.ObjPron) {
			c := lang.AnalyzeWords(ws[k:])
			return c.Kind == lang.Clause && c.Verb >= 0 && c.Words[c.Verb].Is(lang.Finite|lang.Be|lang.Have|lang.Do)
		}
	}
	return false
}

// statement writes an answer that tells something (impact, why, the
// writer's own words, more about the act) as sentences. A predicate
// without a subject gets the slot's: "you" for the impact ("had to cancel
// dinner"), the writer for the rest.
func statement(text string, w who, slot string) []string {
	var out []string
	for _, sent := range sentences(text) {
		out = append(out, statementSentence(trimEnd(sent), w, slot)...)
	}
	return out
}

func statementSentence(s string, w who, slot string) []string {
	// "never again", "not again": an emphatic fragment stands as typed.
	if ws := lang.Words(s); len(ws) > 0 && len(ws) <= 3 {
		adverbs := true
		for _, x := range ws {
			adverbs = adverbs && x.Is(lang.Adv|lang.Neg) && !x.Is(lang.Noun|lang.Verb)
		}
		if adverbs {
			return []string{finish(s)}
		}
	}
	// A sentence that starts as a whole clause is the writer's own: its
	// commas join what follows ("and instead of telling you, I ..."), so
	// it stands as typed.
	if sh := lang.Analyze(trimLead(s)); sh.Kind == lang.Clause || sh.Kind == lang.Subordinate && sh.Main > 0 || sh.Kind == lang.Imperative {
		if sh.Kind == lang.Subordinate {
			s = mainComma(sh, s)
		}
		// ", must have felt awful": a judgement without its subject
		// ends the writer's clause and gets "that"; ", ruined the day
		// for Claire": a predicate without its subject gets one.
		parts := commaParts(s)
		subjectless := false
		for _, part := range parts[1:] {
			ps := lang.Analyze(trimLead(part))
			if ps.Kind != lang.VerbPhrase || !ps.Past || epistemic(ps) {
				continue
			}
			// The predicate shares the clause's subject when it is the
			// same person: "You waited an hour, then had to rebook".
			implied := lang.FirstSingular
			if w.we {
				implied = lang.FirstPlural
			}
			if slot == "impact" && !actOnReader(ps) {
				implied = lang.Second
			}
			if implied != sh.Subject {
				subjectless = true
			}
		}
		for i := 1; i < len(parts); i++ {
			if p := trimLead(parts[i]); p == parts[i] {
				if ps := lang.Analyze(p); ps.Kind == lang.VerbPhrase && epistemic(ps) {
					head := strings.Join(parts[:i], ", ")
					return append([]string{finish(head)}, statementSentence("that "+lowerWord(strings.Join(parts[i:], ", ")), w, slot)...)
				}
			}
		}
		if !subjectless {
			return []string{finish(subjectArticle(sh, s, ""))}
		}
	}
	var out []string
	cur := ""
	addedSubject := false
	parts := commaParts(s)
	carry := "" // an aside set off by commas joins what follows it
	for i, p := range parts {
		lead := p
		if carry != "" {
			lead = carry + ", " + lead
			carry = ""
		}
		p = trimLead(p)
		if i > 0 && i+1 < len(parts) && aside[strings.ToLower(p)] {
			carry = lead
			continue
		}
		sh := lang.Analyze(p)
		if i > 0 {
			switch {
			case sh.Kind == lang.Clause || sh.Kind == lang.Subordinate && sh.Main > 0:
				if lead != p { // ", and your mates felt awkward"
					cur += ", " + lead
				} else {
					out = append(out, finish(cur))
					cur = p
				}
				continue
			case sh.Kind == lang.VerbPhrase && epistemic(sh):
				// "must have felt awful" judges what came before: "That
				// must have felt awful."
				out = append(out, finish(cur))
				cur = "that " + lowerWord(p)
				addedSubject = false
				continue
			case sh.Kind == lang.VerbPhrase && (sh.Past || sh.Neg || sh.Words[sh.Head].Is(lang.Modal|lang.Be|lang.Have|lang.Do|lang.VPast)):
				subj := withSubject(sh, p, w)
				if slot == "impact" && !actOnReader(sh) {
					subj = "you " + lowerWord(p) // what the reader went through
				}
				switch {
				case addedSubject && slot != "impact":
					cur += " and " + lowerWord(p)
				case lead != p: // ", and made you look bad": the same sentence
					cur += ", and " + subj
				default:
					out = append(out, finish(cur))
					cur = subj
				}
				continue
			}
			cur += ", " + lead
			continue
		}
		cur, addedSubject = statementHead(sh, p, w, slot)
	}
	return append(out, finish(cur))
}

// actOnReader reports a predicate that tells what the writer did to the
// reader ("undermined you with the new starters", "broke your trust",
// "ruined the day for Claire"), not what the reader went through: in the
// impact, its subject is the writer.
func actOnReader(sh lang.Shape) bool {
	if sh.Verb < 0 || sh.Verb >= len(sh.Words) {
		return false
	}
	v := sh.Words[sh.Verb]
	lemma := v.Lemma
	if lemma == "" {
		lemma = v.Lower
	}
	if lang.Experience(lemma) || v.Is(lang.Modal|lang.Be|lang.Have|lang.Do) {
		return false
	}
	// An act on the reader names them after the verb; any other act in
	// the past, done to someone or something, is the writer's too.
	for k, w := range sh.Words[sh.Verb+1:] {
		if w.Lower == "you" || w.Lower == "yours" {
			return true
		}
		if w.Lower == "your" {
			// "hurt your back": the reader's own body, hurt doing it.
			if n := sh.Verb + 2 + k; n < len(sh.Words) && lang.BodyPart(sh.Words[n].Lower) {
				return false
			}
			return true
		}
	}
	return v.Is(lang.VPast) && sh.Verb+1 < len(sh.Words) && sh.Words[sh.Verb+1].Is(lang.Det|lang.Poss|lang.ObjPron)
}

// aside are remarks set off by commas that belong to the clause after
// them: "and, to be honest, I've been avoiding it".
var aside = map[string]bool{"to be honest": true, "honestly": true, "not going to lie": true, "in fairness": true,
	"if i'm honest": true, "i guess": true, "i think": true, "tbh": true}

// epistemic reports a modal perfect without its subject, which judges
// what came before rather than telling what someone did: "must have felt
// awful", "can't have been easy".
func epistemic(sh lang.Shape) bool {
	h := sh.Head
	if h+1 >= len(sh.Words) || !sh.Words[h].Is(lang.Modal) {
		return false
	}
	switch m := strings.TrimSuffix(sh.Words[h].Lower, "'ve"); m {
	case "must", "might", "may", "can't", "cannot", "couldn't", "mustn't", "can":
	default:
		return false // "should've picked up" is what the writer should have done
	}
	n := h + 1
	if sh.Words[n].Is(lang.Neg) && n+1 < len(sh.Words) {
		n++
	}
	return sh.Words[n].Is(lang.Have) || strings.HasSuffix(sh.Words[h].Lower, "'ve")
}

// commaParts cuts a sentence at its commas.
func commaParts(s string) []string {
	var out []string
	for {
		a, b, ok := splitComma(s)
		out = append(out, a)
		if !ok || b == "" {
			return out
		}
		s = b
	}
}

// statementHead writes the first part of a statement as a clause.
func statementHead(sh lang.Shape, p string, w who, slot string) (string, bool) {
	subj := w.subj()
	was := "was"
	if w.we {
		was = "were"
	}
	impact := slot == "impact"
	switch sh.Kind {
	case lang.VerbPhrase:
		if impact && !actOnReader(sh) {
			return "you " + lowerWord(p), true
		}
		return withSubject(sh, p, w), true
	case lang.Gerund:
		if v := sh.Words[sh.Verb]; lang.Emotive(v.Lemma) {
			return "it was " + lowerWord(p), false
		}
		if impact {
			return "you were left " + lowerWord(p), false
		}
		if slot == "own" {
			if g := sh.Words[sh.Verb]; g.Lower == "going" && sh.Verb+1 < len(sh.Words) && sh.Words[sh.Verb+1].Lower == "to" {
				return w.am() + " " + lowerWord(p), true // "going to miss you loads"
			}
			// "seeing you in the garden at 2am": what stays with the
			// writer now.
			return w.subj() + " keep " + lowerWord(p), true
		}
		return subj + " " + was + " " + lowerWord(p), true
	case lang.AdjPhrase:
		h := sh.Words[sh.Head]
		if strings.HasSuffix(h.Lower, "ing") {
			return "it was " + lowerWord(p), false
		}
		if impact {
			return "you were " + lowerWord(p), true
		}
		if slot == "own" {
			if w.we {
				return "we're " + lowerWord(p), true
			}
			return "I'm " + lowerWord(p), true
		}
		return subj + " " + was + " " + lowerWord(p), true
	case lang.Rule:
		if slot == "own" {
			return "there's " + lowerWord(p), false
		}
		return "there was " + lowerWord(p), false
	case lang.NounPhrase:
		if sh.Passive {
			tense := "past"
			if slot == "own" {
				tense = "present"
			}
			return article(sh, withCopula(sh, p, tense), ""), false
		}
		if sh.Pred > 0 { // "8 people messaging you": the "be" left out
			tense := "past"
			if slot == "own" {
				tense = "present"
			}
			return article(sh, withBe(sh, p, tense), ""), false
		}
		if first := sh.Words[0]; first.Lower == "last" || first.Lower == "only" || first.Lower == "first" || first.Lower == "the" && len(sh.Words) > 1 && lang.Ordinal(sh.Words[1].Lower) {
			// "last thing of Nan's you had": it was that.
			be := "it was "
			if slot == "own" {
				be = "it's "
			}
			if sh.Plural {
				be = "they were " // "only letters you had from him"
			}
			if first.Is(lang.Det) {
				return be + lowerWord(p), false
			}
			return be + "the " + lowerWord(p), false
		}
		if slot == "own" {
			if sh.Plural {
				return "there are " + lowerWord(p), false
			}
			return "there's " + lowerWord(p), false
		}
		if sh.Plural {
			return "there were " + article(sh, p, ""), false
		}
		return "there was " + article(sh, p, ""), false
	case lang.Subordinate:
		return mainComma(sh, p), false
	}
	return p, false
}

// mainComma sets off a leading subordinate clause from its main clause:
// "when I'm stressed I step away" -> "when I'm stressed, I step away".
func mainComma(sh lang.Shape, p string) string {
	if sh.Main <= 0 || sh.Words[sh.Main-1].Comma {
		return p
	}
	at := sh.Words[sh.Main].Start
	return strings.TrimRight(p[:at], " ") + ", " + p[at:]
}

// Repair writes the offer of repair as sentences in the writer's voice;
// done is true when the answer says it has been done already
// ("refunds have gone out", "already ordered a new one").
func Repair(answer string, v voice) (text string, done bool, err error) {
	ss := sentences(clean(answer))
	if len(ss) == 0 {
		return "", false, ErrEmpty
	}
	var out []string
	for i, sent := range ss {
		if i > 0 {
			// A further sentence of the offer is an offer too: "Brunch on
			// me whenever you're ready" is not something that was.
			if more, _, err := Repair(sent, v); err == nil {
				out = append(out, more)
			} else {
				out = append(out, statement(sent, who{v.we}, "repair")...)
			}
			continue
		}
		if a, b, ok := splitAnd(trimEnd(sent)); ok {
			first, _, err := Repair(a, v)
			if err != nil {
				return "", false, err
			}
			second := finish(b)
			if bs := lang.Analyze(b); bs.Kind == lang.Gerund {
				if more, _, err := Repair(b, v); err == nil {
					second = lowerWord(more)
				}
			}
			out = append(out, trimEnd(first)+", and "+second)
			continue
		}
		parts := commaParts(trimEnd(sent))
		head := trimLead(parts[0])
		sh := lang.Analyze(head)
		if whole := lang.Analyze(trimLead(trimEnd(sent))); whole.Kind == lang.Clause || whole.Kind == lang.Imperative {
			// A whole clause stands as typed, commas and all.
			parts = []string{trimLead(trimEnd(sent))}
			head, sh = parts[0], whole
		}
		var first string
		switch sh.Kind {
		case lang.Clause, lang.Imperative:
			first = subjectArticle(sh, head, v.context)
			done = sh.Done() || sh.Subject == lang.Third && sh.Now
		case lang.Subordinate:
			if sh.Main < 0 {
				return "", false, ErrRepairShape
			}
			first = mainComma(sh, head)
			if m := sh.Words[sh.Main]; m.Is(lang.VGer) {
				// "if it can't be saved, buying you the same model": the
				// main clause is what the writer will do.
				if b, ok := base(lang.Analyze(head[m.Start:]), head[m.Start:]); ok {
					first = strings.TrimRight(head[:m.Start], ", ") + ", " + lowerWord(v.will()) + " " + lowerWord(b)
				}
			}
		case lang.VerbPhrase:
			if h := sh.Words[sh.Head]; lang.Sendable(h.Lower) && sh.Head+1 < len(sh.Words) && sh.Words[sh.Head+1].Lower == "to" {
				// "email to the team confirming ...": the thing sent.
				first = v.will() + " send an " + lowerWord(head[h.Start:])
				if !strings.ContainsAny(h.Lower[:1], "aeiou") {
					first = v.will() + " send a " + lowerWord(head[h.Start:])
				}
				break
			}
			if rest, ok := offerToDo(sh, head); ok {
				// "want me to ring Mum?": an offer, left to the reader.
				first = v.subjCap() + " can " + rest + ", if you want"
				break
			}
			if sh.Done() {
				first, done = perfect(sh, head, who{v.we}), true
			} else {
				first = v.will() + " " + lowerWord(head)
			}
		case lang.Gerund:
			if b, ok := base(sh, head); ok && !sh.Neg {
				first = v.will() + " " + lowerWord(b)
			} else {
				first = v.subjCap() + " want to put this right by " + lowerWord(head)
			}
		case lang.Infinitive:
			first = v.will() + " " + lowerWord(strings.TrimSpace(head[sh.Words[sh.Verb].Start:]))
		case lang.NounPhrase:
			if sh.Passive {
				tense := passiveTense(sh, false)
				if tense == "present" {
					tense = "future" // "ceiling repainted at our cost": what will be done
					if lang.Completive(sh.Words[sh.Verb].Lemma) {
						tense = "perfect" // "new pole ordered": done as the letter is written
					}
				}
				done = tense != "future"
				first = article(sh, withCopula(sh, head, tense), v.context)
				break
			}
			if sh.Pred > 0 {
				if o := sh.Words[sh.Pred+1]; o.Is(lang.ObjPron) {
					// "dinner on me": a treat someone stands, now, and
					// with no article ("dinner is on me").
					first = withBe(sh, head, "present")
					break
				}
				first = article(sh, withBe(sh, head, "future"), v.context)
				break
			}
			first = offer(v, article(sh, lowerWord(head), v.context))
		case lang.Rule:
			first = v.thereWill() + " " + lowerWord(head)
		case lang.AdjPhrase:
			first = v.am() + " " + lowerWord(head)
		default:
			return "", false, ErrRepairShape
		}
		sentence := first
		var extra []string
		for _, p := range parts[1:] {
			lead := p
			p = trimLead(p)
			ps := lang.Analyze(p)
			switch {
			case ps.Kind == lang.Clause:
				extra = append(extra, finish(subjectArticle(ps, p, v.context)))
			case ps.Kind == lang.NounPhrase && ps.Passive || ps.Kind == lang.VerbPhrase && ps.Past && strings.EqualFold(ps.Words[0].Lower, "already") && sh.Kind == lang.NounPhrase:
				// "full refund, already sent back to your card"
				if sh.Kind == lang.NounPhrase && !sh.Passive && strings.EqualFold(ps.Words[0].Lower, "already") {
					full := lang.Analyze(head + " " + p)
					if full.Passive {
						sentence = article(full, withCopula(full, head+" "+p, "perfect"), v.context)
						done = true
						continue
					}
				}
				if ps.Verb > 0 {
					// "..., the £980 move fee refunded": a second thing
					// done or to be done, with its "be", in the tense of
					// the first unless it has its own.
					tense := passiveTense(ps, false)
					if tense == "present" && !done {
						tense = "future"
					}
					sentence += ", and " + article(ps, withCopula(ps, p, tense), v.context)
					continue
				}
				sentence += ", " + lead
			case ps.Kind == lang.VerbPhrase && sh.Kind == lang.NounPhrase && !sh.Passive && ps.Words[ps.Head].Is(lang.VPart) &&
				(ps.Head+1 == len(ps.Words) || ps.Words[ps.Head+1].Is(lang.Prep|lang.Adv|lang.Time|lang.Det) && !ps.Words[ps.Head+1].Is(lang.Noun|lang.Poss)):
				// "my share of the airbnb, sent this morning": the thing
				// offered, already done.
				full := lang.Analyze(head + " " + p)
				if full.Passive {
					tense := passiveTense(full, false)
					if tense == "present" || tense == "future" {
						tense = "perfect"
					}
					sentence = article(full, withCopula(full, head+" "+p, tense), v.context)
					done = true
					continue
				}
				extra = append(extra, finish(withSubject(ps, p, who{v.we})))
			case ps.Kind == lang.VerbPhrase && ps.Words[ps.Head].Is(lang.VPast|lang.Modal|lang.V3sg):
				extra = append(extra, finish(withSubject(ps, p, who{v.we})))
			case lead == p && len(ps.Words) > 0 && ps.Words[0].Is(lang.V3sg) && !ps.Words[0].Is(lang.Noun|lang.VBase):
				// "a new lens, arrives Thursday": the thing named last does it.
				sentence += ", which " + p
			case ps.Kind == lang.Gerund && !ps.Neg:
				// ", and saying sorry in front of the others too": one more
				// thing the writer will do.
				if b, ok := base(ps, p); ok {
					sentence += ", and " + lowerWord(v.will()) + " " + lowerWord(b)
					continue
				}
				sentence += ", " + lead
			case ps.Kind == lang.NounPhrase && ps.Pred > 0 && ps.Words[ps.Pred].Is(lang.VGer):
				// "new boiler going in Thursday": a progressive with its
				// "be" left out.
				sentence += ", and " + article(ps, withBe(ps, p, "present"), v.context)
			case sh.Kind == lang.NounPhrase && sh.Passive && ps.Kind == lang.NounPhrase && ps.Words[0].Is(lang.Det|lang.Poss) && hasWord(ps, "by"):
				// "..., the other £800 by 30 June": the rest to follow.
				at := 0
				for _, w := range ps.Words {
					if w.Lower == "by" {
						at = w.Start
						break
					}
				}
				sentence += ", and " + strings.TrimSpace(p[:at]) + " will follow " + p[at:]
			case sh.Kind == lang.NounPhrase && sh.Passive && ps.Kind == lang.NounPhrase && ps.Pred == 0 && !hasWord(ps, "or") && len(ps.Words) > 2 && !ps.Words[0].Is(lang.Det|lang.Poss):
				// a list of things done or to come, then one more thing:
				// "..., phone call for any family who wants one"
				sentence += ", and " + lowerWord(v.thereWill()) + " " + article(ps, p, v.context)
			default:
				sentence += ", " + lead
			}
		}
		out = append(out, finish(sentence))
		out = append(out, extra...)
	}
	return strings.Join(out, " "), done, nil
}

// topicComment reads a rule typed as a topic and a clause about it,
// "anything over £100 from the joint account we talk first": a noun
// phrase of "any"/"every" kind, then a clause with a pronoun subject.
func topicComment(sh lang.Shape, text string) (string, string, bool) {
	ws := sh.Words
	if len(ws) < 4 || !(ws[0].Is(lang.Quant) || strings.HasPrefix(ws[0].Lower, "any") || strings.HasPrefix(ws[0].Lower, "every") ||
		ws[0].Lower == "rest" && ws[1].Lower == "of") {
		return "", "", false
	}
	for k := 2; k+1 < len(ws); k++ {
		if ws[k].Is(lang.SubjPron) && !ws[k-1].Is(lang.Prep) && ws[k+1].Is(lang.Verb|lang.Modal) {
			return strings.TrimSpace(text[:ws[k].Start]), text[ws[k].Start:], true
		}
	}
	return "", "", false
}

// offerToDo reads "want me to ring Mum" (the offer typed as a question
// without "do you"): it returns what the writer offers to do.
func offerToDo(sh lang.Shape, text string) (string, bool) {
	ws := sh.Words
	h := sh.Head
	if h+3 >= len(ws) || ws[h].Lemma != "want" && ws[h].Lower != "want" || !ws[h+1].Is(lang.ObjPron) || ws[h+2].Lower != "to" {
		return "", false
	}
	return text[ws[h+3].Start:], true
}

// offer writes a thing offered as an offer: "a refund of the delivery
// charge" -> "We'd like to offer you a refund of the delivery charge".
func offer(v voice, np string) string {
	would := "'d"
	if v.formal {
		would = " would"
	}
	return v.subjCap() + would + " like to offer you " + np
}

// Change writes one change as a sentence; done is true for a change
// already made ("started therapy last month", "every order is now
// checked twice"), which the letter tells rather than promises.
func Change(answer string, v voice) (text string, done bool, err error) {
	s := trimEnd(clean(TidyItem(answer)))
	s = changeLead().ReplaceAllString(s, "")
	s = changeTail().ReplaceAllString(s, "") // the letter says "from now on" itself
	ss := sentences(s)
	if len(ss) == 0 {
		return "", false, ErrEmpty
	}
	head, tail, _ := strings.Cut(trimEnd(ss[0]), ", ")
	if tail != "" {
		ts := lang.Analyze(trimLead(tail))
		if ts.Kind != lang.Clause && (ts.Kind != lang.VerbPhrase || ts.Neg) || ts.Head < len(ts.Words) && ts.Words[ts.Head].Is(lang.Sub|lang.Wh) {
			// "no more jokes, full stop", "... when you ring, even when
			// the news is bad": one sentence.
			head, tail = trimEnd(ss[0]), ""
		}
	}
	head = lowerWord(trimLead(head))
	sh := lang.Analyze(head)
	var out string
	switch sh.Kind {
	case lang.Clause:
		out = subjectArticle(sh, head, v.context)
		done = sh.Done() || sh.Now && sh.Subject == lang.Third && (hasNow(sh) || inPlace(sh))
		if sh.Subject == lang.FirstSingular || sh.Subject == lang.FirstPlural {
			// "I check the door seal every time now": a habit already
			// in place.
			done = sh.Done() || sh.Now && !sh.Future && hasWord(sh, "now")
		}
	case lang.Subordinate:
		if sh.Main < 0 {
			return "", false, ErrChangeShape
		}
		out = mainComma(sh, head)
	case lang.VerbPhrase:
		if sh.Done() {
			out, done = perfect(sh, head, who{v.we}), true
		} else if sh.Words[sh.Head].Is(lang.Modal | lang.Be | lang.Have | lang.Do) {
			out = withSubject(sh, head, who{v.we})
		} else {
			out = v.will() + " " + lowerWord(head)
		}
	case lang.Gerund:
		switch b, ok := base(sh, head); {
		case sh.Neg:
			g := sh.Words[sh.Verb]
			out = v.wont() + " be " + head[g.Start:]
		case ok:
			out = v.will() + " " + lowerWord(b)
		default:
			out = v.will() + " be " + lowerWord(head)
		}
	case lang.Infinitive:
		out = v.will() + " " + head[sh.Words[sh.Verb].Start:]
	case lang.NounPhrase:
		if sh.Passive {
			tense := passiveTense(sh, true)
			done = tense != "future"
			out = article(sh, withCopula(sh, head, tense), v.context)
			break
		}
		if topic, comment, ok := topicComment(sh, head); ok {
			// "anything over £100 we talk about first": the thing, then
			// what happens to it.
			if sh.Words[0].Lower == "rest" {
				out = "the " + topic + " " + comment // "the rest of the garage we clear together"
				break
			}
			out = "for " + topic + ", " + comment
			break
		}
		if sh.Pred > 0 { // "my phone off at dinner", "birthdays in my calendar"
			tense := "future"
			if hasNow(sh) {
				tense, done = "present", true
			}
			out = article(sh, withBe(sh, head, tense), v.context)
			break
		}
		out = v.thereWill() + " " + article(sh, lowerWord(head), "")
	case lang.Rule:
		out = v.thereWill() + " " + lowerWord(head)
	case lang.AdjPhrase:
		out = v.will() + " be " + lowerWord(head)
	default:
		return "", false, ErrChangeShape
	}
	parts := []string{finish(out)}
	if tail != "" {
		ts := lang.Analyze(trimLead(tail))
		if first := ts.Words[0]; first.Is(lang.V3sg) && !first.Is(lang.Noun|lang.VBase) && tail == trimLead(tail) {
			parts[0] = finish(out + ", which " + tail) // "a course, starts next month"
		} else if ts.Kind == lang.VerbPhrase && ts.Verb >= 0 && ts.Words[ts.Verb].Is(lang.VPart) && (ts.Verb+1 == len(ts.Words) || ts.Words[ts.Verb+1].Is(lang.Prep|lang.Adv)) {
			parts[0] = finish(out + ", " + tail) // ", checked on each job sheet": how it is kept
		} else if ts.Kind == lang.VerbPhrase {
			parts[0] = finish(out + " and " + lowerWord(trimLead(tail)))
		} else {
			parts = append(parts, finish(tail))
		}
	}
	for _, x := range ss[1:] {
		parts = append(parts, statement(x, who{v.we}, "own")...)
	}
	return strings.Join(parts, " "), done, nil
}

// inPlace reports a present passive or progressive: "the driver is being
// retrained", "every order is checked twice": a change in place.
func inPlace(sh lang.Shape) bool {
	v := sh.Verb
	if v < 0 || v+1 >= len(sh.Words) || !sh.Words[v].Is(lang.Be) {
		return false
	}
	n := sh.Words[v+1]
	return n.Lower == "being" || n.Is(lang.VPart) && !n.Is(lang.Adj)
}

func hasNow(sh lang.Shape) bool {
	for _, w := range sh.Words {
		if w.Lower == "now" || w.Lower == "already" {
			return true
		}
	}
	return false
}

// OwnWords writes the writer's free answer as sentences, changing only
// what shorthand and grammar need.
func OwnWords(answer string, we bool) string {
	return strings.Join(statement(clean(answer), who{we}, "own"), " ")
}

// Statement writes an answer that tells something as sentences: the
// impact ("impact": a predicate gets "you"), or the writer's reasons.
func Statement(answer string, we bool, slot string) string {
	return strings.Join(statement(clean(answer), who{we}, slot), " ")
}

// Preview is one answer as it will read in the letter: the sentences it
// becomes. a holds the other answers, for the writer's voice ("we") and
// tone; it may be nil.
func Preview(key, value string, a *Answers) (string, error) {
	v := voice{}
	rel := ""
	if a != nil {
		rel = a.Relationship
		v.formal = a.EffectiveTone() == "formal"
		if _, _, we, _, err := Act(a.WhatIDid, a.Relationship); err == nil {
			v.we = we
		}
		v.context = strings.Join([]string{a.WhatIDid, a.Impact, a.Why, a.Repair}, " ")
	}
	switch key {
	case KeyWhatIDid:
		sorryFor, _, we, more, err := Act(value, rel)
		if err != nil {
			return "", err
		}
		im := "I'm"
		if we {
			im = "We're"
		}
		return strings.Join(append([]string{finish(im + " sorry " + sorryFor)}, more...), " "), nil
	case KeyImpact, KeyWhy:
		return Statement(value, v.we, key), nil
	case KeyOwnWords:
		return OwnWords(value, v.we), nil
	case KeyRepair:
		text, _, err := Repair(value, v)
		return text, err
	case KeyChanges:
		text, _, err := Change(value, v)
		return text, err
	}
	return Tidy(value), nil
}

// perfect writes a thing already done: "already booked a scan" -> "I've
// already booked a scan"; with a past time ("last night") or without
// "already", the simple past: "I took it down last night".
func perfect(sh lang.Shape, text string, w who) string {
	if !sh.Already || sh.PastTime || sh.Head >= len(sh.Words) {
		return withSubject(sh, text, w)
	}
	v := sh.Words[sh.Head]
	if !v.Is(lang.VPast) || v.Lemma == "" {
		return withSubject(sh, text, w)
	}
	have := "I've"
	if w.we {
		have = "we've"
	}
	return have + " " + text[:v.Start] + lang.Participle(v.Lemma) + text[v.End:]
}

// passiveTense is the tense a verbless passive gets from its time words:
// "already sent" has been sent, "sent yesterday" was, "fixed this week"
// will be, and with none it is ("booked for Monday"). negFuture reads a
// negated one as a promise ("dog not left alone": won't be).
func passiveTense(sh lang.Shape, negFuture bool) string {
	switch {
	case sh.Already:
		return "perfect"
	case sh.PastTime:
		return "past"
	case sh.FutureTime || negFuture && sh.Neg:
		return "future"
	}
	for i, w := range sh.Words {
		switch {
		case w.Lower == "today" || w.Lower == "earlier": // "sent today": done, and recent
			return "perfect"
		case w.Lower == "morning" && i > 0 && sh.Words[i-1].Lower == "this": // "left at your door this morning"
			return "past"
		case w.Is(lang.Time) && w.Lower != "week" && w.Lower != "weekend" && w.Lower != "month" && w.Lower != "year" &&
			(i == 0 || sh.Words[i-1].Lower != "for" && sh.Words[i-1].Lower != "of" && sh.Words[i-1].Lower != "last" && sh.Words[i-1].Lower != "since"):
			if w.Lower != "morning" && w.Lower != "evening" && w.Lower != "night" && w.Lower != "tonight" {
				return "future" // "remarked Monday": a day to come
			}
		}
	}
	return "present"
}
