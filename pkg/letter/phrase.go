package letter

import (
	"errors"
	"strings"
	"unicode"

	"github.com/apology-cli/apology/pkg/lang"
)

// The answers are the person's own words, typed as people type: without
// "I", in fragments, in text shorthand. These functions read each
// answer's shape (pkg/lang) and write it as whole sentences in the
// writer's voice, adding only what grammar needs: a subject, a verb
// ("will", "is"), an article, a capital, a full stop.

// Errors for answers whose shape can't be placed: each asks a question
// back, with an example of a shape that works.
var (
	ErrActShape    = errors.New(`say what you did, as you would finish "I'm sorry I ...": "forgot your birthday dinner", "our driver blocked your drive"`)
	ErrChangeShape = errors.New(`say it as something you will do: "I will ..." ("I will call before six when work runs late")`)
	ErrRepairShape = errors.New(`say what you will do or offer: "pay for the cleaning", "a refund of the delivery charge"`)
)

// sentences splits text at sentence ends, keeping each one's punctuation.
func sentences(text string) []string {
	var out []string
	start := 0
	rs := []rune(text)
	for i := 0; i < len(rs); i++ {
		if strings.ContainsRune(".!?", rs[i]) && (i+1 == len(rs) || rs[i+1] == ' ') {
			// "mins." or "Dr." could end an abbreviation; a letter's
			// answers rarely hold them, and a split there is harmless.
			if s := strings.TrimSpace(string(rs[start : i+1])); s != "" {
				out = append(out, s)
			}
			start = i + 1
		}
	}
	if s := strings.TrimSpace(string(rs[start:])); s != "" {
		out = append(out, s)
	}
	return out
}

// finish ends a sentence: a capital first letter, closing punctuation.
func finish(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimRight(s, ",;:-–— ")
	if s == "" {
		return ""
	}
	return Sentence(s)
}

// splitComma cuts a phrase at its first comma (or dash): "dinner on me,
// this saturday" -> "dinner on me", "this saturday".
func splitComma(s string) (string, string, bool) {
	i := strings.IndexAny(s, ",;")
	if d := strings.Index(s, " - "); d >= 0 && (i < 0 || d < i) {
		return strings.TrimSpace(s[:d]), strings.TrimSpace(s[d+3:]), true
	}
	if i < 0 {
		return s, "", false
	}
	return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1:]), true
}

// who says which subject the writer's voice gives a predicate.
type who struct{ we bool }

func (w who) am() string {
	if w.we {
		return "we're"
	}
	return "I'm"
}

func (w who) subj() string {
	if w.we {
		return "we"
	}
	return "I"
}

// trimLead drops a conjunction a fragment starts with: "and tbh ...".
func trimLead(s string) string {
	for _, c := range []string{"and ", "so ", "also ", "plus "} {
		if strings.HasPrefix(strings.ToLower(s), c) {
			return strings.TrimSpace(s[len(c):])
		}
	}
	return s
}

// withSubject writes a predicate with the subject it lacks: "forgot your
// birthday" -> "I forgot your birthday".
func withSubject(s lang.Shape, text string, w who) string {
	if s.Head < len(s.Words) {
		h := s.Words[s.Head]
		main := h
		for j := s.Head; j < len(s.Words) && j < s.Head+4; j++ { // "won't happen again": the verb after the modal
			if x := s.Words[j]; x.Is(lang.VBase) && !x.Is(lang.Modal|lang.Be|lang.Have|lang.Do) {
				main = x
				break
			}
		}
		if h.Is(lang.V3sg) || lang.ItVerb(h.Lemma) || lang.ItVerb(main.Lemma) || s.Verb >= 0 && lang.ItVerb(s.Words[s.Verb].Lemma) {
			return "it " + lowerWord(text)
		}
	}
	return w.subj() + " " + lowerWord(text)
}

// lowerWord lowers a capital the writer's phone added to a common first
// word ("Forgot" -> "forgot"), not a name's or an acronym's.
func lowerWord(s string) string {
	first, rest, _ := strings.Cut(s, " ")
	if first == "I" || strings.HasPrefix(first, "I'") {
		return s
	}
	rs := []rune(first)
	for _, r := range rs[1:] {
		if unicode.IsUpper(r) {
			return s
		}
	}
	if lang.Capitalised(first) || lang.IsName(strings.ToLower(first)) {
		return s // "Sunday lunch", "Claire"
	}
	c, _ := lang.Classify(strings.ToLower(first))
	known, _ := lang.Lookup(strings.ToLower(first)) // "Dinner" is a word the lexicon knows, not a name
	// A name is followed by its verb, "and", or nothing; a common noun
	// the phone capitalised by a preposition, a noun or a number
	// ("Music off by 11", "Heavy antiques carried by 3 people").
	if next, _, _ := strings.Cut(rest, " "); next != "" && strings.ToLower(next) == next {
		if nc, _ := lang.Classify(next); nc&(lang.Prep|lang.Num|lang.Adj) != 0 && nc&(lang.Verb|lang.Conj) == 0 || nc == lang.Noun && !strings.HasSuffix(next, "'s") {
			known = 1
		}
	}
	for _, suf := range []string{"tion", "tions", "ment", "ments", "ness", "ity", "ance", "ances", "ence", "ences", "ship", "ings"} {
		if strings.HasSuffix(strings.ToLower(first), suf) && len(first) > len(suf)+2 {
			known = 1 // "Cancellations go out by Friday": a common noun
		}
	}
	if c&lang.Name != 0 || known == 0 && c == lang.Noun && !strings.HasSuffix(strings.ToLower(first), "ing") && c&lang.Verb == 0 {
		// An unknown capitalised word may be a name: keep it.
		if unicode.IsUpper(rs[0]) && c&^lang.Noun == 0 {
			return s
		}
	}
	out := string(unicode.ToLower(rs[0])) + string(rs[1:])
	if rest != "" {
		out += " " + rest
	}
	return out
}

// base turns a gerund phrase into a base-form verb phrase: "paying back
// the £500" -> "pay back the £500"; ok is false when the verb is unknown.
func base(s lang.Shape, text string) (string, bool) {
	if s.Verb < 0 || s.Verb >= len(s.Words) {
		return "", false
	}
	v := s.Words[s.Verb]
	if v.Lemma == "" || !v.Is(lang.VGer) {
		return "", false
	}
	if c, _ := lang.Lookup(v.Lemma); c&lang.VBase == 0 {
		return "", false
	}
	out := text[:v.Start] + v.Lemma
	rest := text[v.End:]
	// "checking the locker and signing the sheet": each gerund joined
	// by "and" becomes a base form too.
	ws := lang.Words(rest)
	last := 0
	var b strings.Builder
	for i := 0; i+1 < len(ws); i++ {
		g := ws[i+1]
		if ws[i].Lower == "and" && g.Is(lang.VGer) && !g.Is(lang.Noun) && g.Lemma != "" {
			if c, _ := lang.Lookup(g.Lemma); c&lang.VBase != 0 {
				b.WriteString(rest[last:g.Start] + g.Lemma)
				last = g.End
			}
		}
	}
	b.WriteString(rest[last:])
	return out + b.String(), true
}

// copula is the form of "be" a verbless phrase needs.
func copula(s lang.Shape, tense string) string {
	switch tense {
	case "past":
		if s.Plural {
			return "were"
		}
		return "was"
	case "future":
		return "will be"
	case "perfect":
		if s.Plural {
			return "have been"
		}
		return "has been"
	}
	if s.Plural {
		return "are"
	}
	return "is"
}

// withCopula inserts "be" before a verbless passive's participle: "fence
// fixed this week" -> "fence will be fixed this week".
func withCopula(s lang.Shape, text, tense string) string {
	v := s.Words[s.Verb]
	at := v.Start
	if s.Neg {
		// "dog not left" -> "dog will not be left"
		for _, w := range s.Words[:s.Verb] {
			if w.Lower == "not" {
				at = w.Start
			}
		}
		cop := copula(s, tense)
		if tense == "future" {
			return strings.TrimSpace(text[:at]) + " won't be " + text[v.Start:]
		}
		return strings.TrimSpace(text[:at]) + " " + cop + " not " + text[v.Start:]
	}
	// An adverb before the participle goes after the auxiliary: "has
	// already been sent", "will always be carried".
	pre := strings.TrimSpace(text[:at])
	already := ""
	for _, adv := range []string{"already", "always", "now", "also", "still", "never", "all", "only"} {
		if strings.HasSuffix(strings.ToLower(pre), " "+adv) {
			already = " " + pre[len(pre)-len(adv):]
			pre = strings.TrimSpace(pre[:len(pre)-len(adv)-1])
			break
		}
	}
	cop := copula(s, tense)
	if already != "" && cop != "is" && cop != "are" {
		h, rest, _ := strings.Cut(cop, " ")
		if rest != "" {
			return pre + " " + h + already + " " + rest + " " + text[v.Start:]
		}
	}
	return coordinated(pre+" "+cop+already+" "+text[v.Start:], tense)
}

// coordinated gives a second verbless passive joined by "and" its "be"
// too: "the bill will be refunded and the ceiling repainted" -> "... and
// the ceiling will be repainted".
func coordinated(text, tense string) string {
	ws := lang.Words(text)
	for i := 0; i+2 < len(ws); i++ {
		if ws[i].Lower != "and" || !ws[i+1].Is(lang.Det|lang.Poss) {
			continue
		}
		for j := i + 2; j < len(ws) && j <= i+4; j++ {
			if ws[j].Is(lang.VPart) && !ws[j].Is(lang.Noun) && (j+1 == len(ws) || ws[j+1].Is(lang.Prep|lang.Adv)) {
				if ws[j-1].Is(lang.Be | lang.Have | lang.Modal) {
					break
				}
				t := tense
				if t == "perfect" && !lang.Completive(ws[j].Lemma) {
					t = "future" // "bill refunded and ceiling repainted": the second still to come
				}
				c := copula(lang.Shape{Plural: strings.HasSuffix(ws[j-1].Lower, "s")}, t)
				return text[:ws[j].Start] + c + " " + text[ws[j].Start:]
			}
		}
	}
	return text
}

// splitAnd cuts a phrase before "and" where a clause with a pronoun
// subject follows a phrase that has none: "drinks on me and I'll come to
// the next one" -> "drinks on me", "I'll come to the next one". Each part
// is then written by its own shape.
func splitAnd(s string) (string, string, bool) {
	ws := lang.Words(s)
	for k := 1; k+2 < len(ws); k++ {
		if ws[k].Lower != "and" {
			continue
		}
		// "coffee on me and actually hearing the plan": a gerund, what
		// the writer will do as well.
		g := k + 1
		for g < len(ws) && ws[g].Is(lang.Adv) && !ws[g].Is(lang.Verb) {
			g++
		}
		if g < len(ws) && ws[g].Is(lang.VGer) && !ws[g].Is(lang.Noun) {
			head := strings.TrimRight(strings.TrimSpace(s[:ws[k].Start]), ",")
			if h := lang.Analyze(head); h.Kind == lang.NounPhrase && h.Pred > 0 {
				return head, s[ws[k+1].Start:], true
			}
		}
		if !ws[k+1].Is(lang.SubjPron) {
			continue
		}
		rest := s[ws[k+1].Start:]
		if r := lang.Analyze(rest); r.Kind != lang.Clause || r.Verb < 0 {
			continue
		}
		if !ws[k+1].Is(lang.SubjPron) {
			continue
		}
		head := strings.TrimRight(strings.TrimSpace(s[:ws[k].Start]), ",")
		if h := lang.Analyze(head); h.Kind == lang.Clause || h.Kind == lang.Subordinate {
			return "", "", false
		}
		return head, rest, true
	}
	return "", "", false
}

// subjectArticle gives a clause whose subject is a bare singular noun
// phrase its article: "back door stays shut" -> "the back door stays
// shut", "first one went in today" -> "the first one went in today".
// The subject is a thing both writer and reader know, so "the", or the
// determiner an earlier answer gave it.
func subjectArticle(s lang.Shape, text, context string) string {
	if s.Subject != lang.Third || s.Verb < 1 || len(s.Words) == 0 {
		return text
	}
	subj := s.Words[:s.Verb]
	w := subj[0]
	if w.Is(lang.Det|lang.Poss|lang.Quant|lang.Num|lang.SubjPron|lang.ObjPron|lang.Name|lang.Wh) || w.Text != strings.ToLower(w.Text) && w.Start > 0 || lang.Indefinite(w.Lower) {
		return text
	}
	if known, _ := lang.Lookup(w.Lower); w.Text != w.Lower && (known == 0 || lang.IsName(w.Lower)) {
		return text // "Kate was in tears": a name
	}
	head := subj[len(subj)-1]
	if !head.Is(lang.Noun) && !(head.Class&^(lang.Noun|lang.Adj) == 0) && head.Lower != "one" || lang.Mass(head.Lower) || strings.HasSuffix(head.Lower, "s") || len(subj) > 3 {
		return text
	}
	if a := article(s, text, context); a != text && !strings.HasPrefix(a, "a ") && !strings.HasPrefix(a, "an ") {
		return a
	}
	return "the " + lowerWord(text)
}

// withBe inserts "be" before the predicate of a verbless noun phrase
// (lang.Shape.Pred): "my phone off at dinner" -> "my phone will be off
// at dinner"; an adverb before the preposition follows it ("is now in").
func withBe(s lang.Shape, text, tense string) string {
	at := s.Pred
	for at > 1 && s.Words[at-1].Is(lang.Adv) && !s.Words[at-1].Is(lang.Noun) {
		at--
	}
	i := s.Words[at].Start
	return strings.TrimSpace(text[:i]) + " " + copula(s, tense) + " " + text[i:]
}

// article gives a bare singular noun phrase at a sentence start the
// article English needs: "standing order set up" -> "a standing order set
// up"; "the" when the noun was named in an earlier answer ("fence" after
// "through the fence"), with that answer's determiner ("my dog").
func article(s lang.Shape, text string, context string) string {
	if len(s.Words) == 0 {
		return text
	}
	w := s.Words[0]
	if w.Is(lang.Det|lang.Poss|lang.Quant|lang.Num|lang.SubjPron|lang.ObjPron|lang.Name) || s.Plural ||
		w.Is(lang.Verb) && !w.Is(lang.Noun) && !(w.Is(lang.VGer) && s.Kind == lang.NounPhrase) || lang.Indefinite(w.Lower) {
		return text
	}
	if lang.Mass(w.Lower) {
		return text
	}
	if lang.Ordinal(w.Lower) || w.Is(lang.Time) { // "first £400 sent" -> "the first £400 sent"; "the November rent"
		return "the " + text
	}
	// The head noun: the last word before the verb.
	head := w.Lower
	for i := 1; i < len(s.Words) && (s.Verb < 0 || i < s.Verb) && (s.Pred == 0 || i < s.Pred); i++ {
		if s.Words[i].Is(lang.Prep | lang.Neg | lang.Adv) {
			break
		}
		head = s.Words[i].Lower
	}
	if lang.Mass(head) || strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss") {
		return text // "full allergen training", "new rules for ...": no "a"
	}
	ctx := strings.ToLower(context)
	for _, det := range []string{"my", "our", "your", "the", "his", "her", "their"} {
		if strings.Contains(ctx, det+" "+head+" ") || strings.HasSuffix(ctx, det+" "+head) {
			return det + " " + text
		}
	}
	if strings.IndexByte("aeiou", w.Lower[0]) >= 0 {
		return "an " + text
	}
	return "a " + text
}
