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
		if len(sh.Words) <= 2 && (first == "everything" || first == "anything" || first == "it" || first == "this" || first == "that" || first == "whatever" || first == "all") {
			return "", "", false, nil, ErrActShape // names no act: "sorry for everything"
		}
		sorryFor = "for " + lowerWord(s)
		we = first == "our"
	default:
		return "", "", false, nil, ErrActShape
	}
	if did != "" && !strings.HasPrefix(did, "I ") && !strings.HasPrefix(did, "I'") {
		did = lowerWord(did)
	}
	for _, x := range ss[1:] {
		more = append(more, statement(x, who{we}, "own")...)
	}
	return sorryFor, did, we, more, nil
}

// emotive verbs make "-ing" adjectives about how something felt:
// "embarrassing for you" is "It was embarrassing for you".
var emotive = map[string]bool{"embarrass": true, "humiliate": true, "upset": true, "frighten": true, "scare": true,
	"worry": true, "annoy": true, "confuse": true, "disappoint": true, "hurt": true, "stress": true, "shock": true,
	"insult": true, "exhaust": true, "devastate": true, "horrify": true, "terrify": true, "distress": true, "infuriate": true}

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
	// A sentence that starts as a whole clause is the writer's own: its
	// commas join what follows ("and instead of telling you, I ..."), so
	// it stands as typed.
	if sh := lang.Analyze(trimLead(s)); sh.Kind == lang.Clause || sh.Kind == lang.Subordinate && sh.Main > 0 || sh.Kind == lang.Imperative {
		if sh.Kind == lang.Subordinate {
			s = mainComma(sh, s)
		}
		// ", must have felt awful": a judgement without its subject
		// ends the writer's clause and gets "that".
		parts := commaParts(s)
		for i := 1; i < len(parts); i++ {
			if p := trimLead(parts[i]); p == parts[i] {
				if ps := lang.Analyze(p); ps.Kind == lang.VerbPhrase && epistemic(ps) {
					head := strings.Join(parts[:i], ", ")
					return append([]string{finish(head)}, statementSentence("that "+lowerWord(strings.Join(parts[i:], ", ")), w, slot)...)
				}
			}
		}
		return []string{finish(s)}
	}
	var out []string
	cur := ""
	addedSubject := false
	parts := commaParts(s)
	for i, p := range parts {
		lead := p
		p = trimLead(p)
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
				if addedSubject {
					cur += " and " + lowerWord(p)
				} else {
					out = append(out, finish(cur))
					cur = withSubject(sh, p, w)
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

// epistemic reports a modal perfect without its subject, which judges
// what came before rather than telling what someone did: "must have felt
// awful", "can't have been easy".
func epistemic(sh lang.Shape) bool {
	h := sh.Head
	if h+1 >= len(sh.Words) || !sh.Words[h].Is(lang.Modal) {
		return false
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
		if impact {
			return "you " + lowerWord(p), true
		}
		return withSubject(sh, p, w), true
	case lang.Gerund:
		if v := sh.Words[sh.Verb]; emotive[v.Lemma] {
			return "it was " + lowerWord(p), false
		}
		if impact {
			return "you were left " + lowerWord(p), false
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
		if slot == "own" {
			return "there's " + lowerWord(p), false
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
			out = append(out, statement(sent, who{v.we}, "repair")...)
			continue
		}
		if a, b, ok := splitAnd(trimEnd(sent)); ok {
			first, _, err := Repair(a, v)
			if err != nil {
				return "", false, err
			}
			out = append(out, trimEnd(first)+", and "+finish(b))
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
			first = head
			done = sh.Done() || sh.Subject == lang.Third && sh.Now
		case lang.Subordinate:
			if sh.Main < 0 {
				return "", false, ErrRepairShape
			}
			first = mainComma(sh, head)
		case lang.VerbPhrase:
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
			first = offer(v, lowerWord(head))
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
				extra = append(extra, finish(p))
			case ps.Kind == lang.NounPhrase && ps.Passive:
				// "full refund, already sent back to your card"
				if sh.Kind == lang.NounPhrase && !sh.Passive && strings.EqualFold(ps.Words[0].Lower, "already") {
					full := lang.Analyze(head + " " + p)
					if full.Passive {
						sentence = article(full, withCopula(full, head+" "+p, "perfect"), v.context)
						done = true
						continue
					}
				}
				sentence += ", " + lead
			case ps.Kind == lang.VerbPhrase && ps.Words[ps.Head].Is(lang.VPast|lang.Modal|lang.V3sg):
				extra = append(extra, finish(withSubject(ps, p, who{v.we})))
			case lead == p && len(ps.Words) > 0 && ps.Words[0].Is(lang.V3sg) && !ps.Words[0].Is(lang.Noun|lang.VBase):
				// "a new lens, arrives Thursday": the thing named last does it.
				sentence += ", which " + p
			default:
				sentence += ", " + lead
			}
		}
		out = append(out, finish(sentence))
		out = append(out, extra...)
	}
	return strings.Join(out, " "), done, nil
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
	ss := sentences(s)
	if len(ss) == 0 {
		return "", false, ErrEmpty
	}
	head, tail, _ := strings.Cut(trimEnd(ss[0]), ", ")
	if tail != "" {
		if ts := lang.Analyze(trimLead(tail)); ts.Kind != lang.Clause && (ts.Kind != lang.VerbPhrase || ts.Neg) {
			head, tail = trimEnd(ss[0]), "" // "no more jokes, full stop": one phrase
		}
	}
	head = trimLead(head)
	sh := lang.Analyze(head)
	var out string
	switch sh.Kind {
	case lang.Clause:
		out = head
		done = sh.Done() || sh.Now && sh.Subject == lang.Third && (hasNow(sh) || inPlace(sh))
		if sh.Subject == lang.FirstSingular || sh.Subject == lang.FirstPlural {
			done = sh.Done()
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
		if sh.Pred > 0 { // "my phone off at dinner", "birthdays in my calendar"
			tense := "future"
			if hasNow(sh) {
				tense, done = "present", true
			}
			out = article(sh, withBe(sh, head, tense), v.context)
			break
		}
		out = v.thereWill() + " " + lowerWord(head)
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
		if ts.Kind == lang.VerbPhrase {
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
	for _, w := range sh.Words {
		if w.Lower == "today" || w.Lower == "earlier" { // "sent today": done, and recent
			return "perfect"
		}
	}
	return "present"
}
