package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// bare are contractions typed without their apostrophe that are not also
// words ("im", "dont"), and text-message shorthand that stands for one
// word or a fixed phrase ("u", "cos", "tbh"). The written form keeps the
// writer's register: a contraction stays a contraction.
var bare = map[string]string{
	"im": "I'm", "ive": "I've", "youre": "you're", "theyre": "they're", "thats": "that's",
	"dont": "don't", "didnt": "didn't", "doesnt": "doesn't", "isnt": "isn't", "wasnt": "wasn't",
	"werent": "weren't", "arent": "aren't", "couldnt": "couldn't", "shouldnt": "shouldn't",
	"wouldnt": "wouldn't", "hadnt": "hadn't", "havent": "haven't", "hasnt": "hasn't", "cant": "can't",
	"wont": "won't", "shouldve": "should've", "couldve": "could've", "wouldve": "would've",
	"whats": "what's", "theres": "there's", "hes": "he's", "shes": "she's", "lets": "let's",
	"u": "you", "ya": "you", "yr": "your", "cos": "because", "coz": "because", "cuz": "because", "bc": "because",
	"tho": "though", "thru": "through", "pls": "please", "plz": "please", "thx": "thanks", "b4": "before",
	"tbh": "to be honest", "idk": "I don't know", "rn": "right now", "ngl": "not going to lie",
	"gonna": "going to", "wanna": "want to", "gotta": "have to", "tmrw": "tomorrow", "tmr": "tomorrow",
	"2day": "today", "2moro": "tomorrow", "bday": "birthday", "msg": "message", "msgs": "messages",
	"ppl": "people", "sth": "something", "smth": "something", "abt": "about", "w/": "with", "&": "and", "+": "and",
	"n": "and", "r": "are", "ur": "your", "urself": "yourself", "urs": "yours", "u'd": "you'd", "ud": "you'd", "u'll": "you'll", "u've": "you've", "u're": "you're", "uve": "you've", "youve": "you've", "moneys": "money's", "youll": "you'll", "ull": "you'll",
	// Days and months cut short; "sat", "sun", "wed", "mar" and "may" are
	// also words, so they stay as typed.
	"mon": "Monday", "tue": "Tuesday", "tues": "Tuesday", "weds": "Wednesday", "thu": "Thursday", "thur": "Thursday",
	"thurs": "Thursday", "fri": "Friday", "jan": "January", "feb": "February", "apr": "April", "aug": "August",
	"peoples": "people's", "someones": "someone's", "anyones": "anyone's", "everyones": "everyone's",
	"nobodys": "nobody's", "somebodys": "somebody's", "childrens": "children's",
	"mins": "minutes", "hrs": "hours", "wks": "weeks", "yrs": "years", "secs": "seconds",
	"sept": "September", "oct": "October", "nov": "November", "dec": "December",
}

// Shorthand returns the written form of a word typed as text shorthand or
// as a contraction without its apostrophe ("im" -> "I'm", "u" -> "you"),
// taken alone; Normalize also reads the words around it.
func Shorthand(w string) (string, bool) {
	s, ok := bare[strings.ToLower(w)]
	return s, ok
}

// Capitalised reports a word English writes with a capital wherever it
// stands: the days and the months.
func Capitalised(w string) bool { return capitalised(strings.ToLower(w)) }

// capitalised are the words English writes with a capital wherever they
// stand: the days, the months and the pronoun "I".
func capitalised(w string) bool {
	c, _ := Lookup(w)
	if c&Time == 0 {
		c, _ = Lookup(strings.TrimSuffix(w, "s")) // "sundays"
		if c&Time == 0 || !strings.HasSuffix(w, "days") {
			return false
		}
	}
	switch w {
	case "today", "tonight", "tomorrow", "yesterday", "morning", "evening", "night", "week", "weekend", "month", "year":
		return false
	}
	return w != "may" && w != "march" // also ordinary words; left as typed
}

// acronyms people type in lower case that are written in capitals.
var acronyms = map[string]string{"nhs": "NHS", "hr": "HR", "gp": "GP", "aa": "AA", "dob": "DOB", "mot": "MOT", "ceo": "CEO", "a&e": "A&E", "tv": "TV", "dm": "DM", "dms": "DMs", "uk": "UK"}

// Normalize writes an answer as it would stand in a letter, keeping the
// writer's words: shorthand spelled out ("u" -> "you", "ur" -> "your" or
// "you're" by what follows), apostrophes restored ("dont" -> "don't",
// "ill" -> "I'll" before a verb), "i" as "I", and days and months with a
// capital. Nothing else is changed.
func Normalize(s string) string {
	toks := splitWords(s)
	for i := range toks {
		t := &toks[i]
		if !t.word {
			continue
		}
		low := strings.ToLower(strings.ReplaceAll(t.text, "’", "'"))
		next := nextWord(toks, i)
		prev := prevWord(toks, i)
		switch {
		case low == "i":
			t.text = "I"
		case strings.HasPrefix(low, "i'"):
			t.text = "I" + t.text[1:]
		case low == "ur":
			if youAre(next, nextWord(toks, nextIndex(toks, i))) {
				t.text = "you're"
			} else {
				t.text = "your"
			}
		case low == "id" || low == "ill":
			// "id like", "ill call": the pronoun and a modal, where a
			// verb follows and nothing before needs a noun or adjective.
			c, _ := Lookup(next)
			if c&(VBase|Adv|Neg) != 0 || low == "id" && c&(Have|VPart) != 0 && c&Noun == 0 {
				if next == "" || needsNoun(prev) {
					break
				}
				if low == "id" {
					t.text = "I'd"
				} else {
					t.text = "I'll"
				}
			}
		case low == "its":
			// "its hard", "its fixed": "it's"; "its own case", "its lid":
			// the possessive, as before a noun.
			c, _ := Lookup(next)
			if (c&(Adj|Adv|VGer|VPart|Det|Neg|Poss) != 0 && c&Noun == 0 || strings.HasSuffix(next, "ed")) && youAre(next, nextWord(toks, nextIndex(toks, i))) {
				t.text = "it's"
			}
		case low == "of" && (prev == "must" || prev == "should" || prev == "could" || prev == "would" || prev == "might"):
			// "must of felt", "should of said": "have", as it sounds.
			if c, _ := Lookup(next); c&(VPart|Adv|Neg) != 0 {
				t.text = "have"
			}
		case (low == "sat" || low == "sun") && prev == "" && next != "" && prevClass(next)&Noun != 0 && prevClass(next)&(Verb|Prep) == 0:
			// "sat job in stockport": that day's job.
			t.text = map[string]string{"sat": "Saturday's", "sun": "Sunday's"}[low]
			if t.text[:1] != strings.ToUpper(t.text[:1]) {
				t.text = upperFirst(t.text)
			}
		case (low == "sat" || low == "sun") && (next == "" || nextPunct(toks, i)) && i > 0 && prev != "" && prevClass(prev)&(SubjPron|Det|Poss|Modal|Be|Have) == 0 && prev != "i" && prev != "the":
			// "away game sun", "see it properly sat": the day, at the end
			// of its phrase.
			day := map[string]string{"sat": "Saturday", "sun": "Sunday"}[low]
			if prevClass(prev)&Prep != 0 || prev == "this" || prev == "next" || prev == "last" {
				t.text = day
			} else {
				t.text = "on " + day
			}
		case low == "sat" && next == "" && i > 0 && (prev == "on" || prev == "till" || prev == "until" || prev == "by" || prev == "this" || prev == "next" || prev == "last" || IsName(prev)):
			t.text = "on Saturday" // "in bristol sat"
			if prev == "on" || prev == "till" || prev == "until" || prev == "by" || prev == "this" || prev == "next" || prev == "last" {
				t.text = "Saturday"
			}
		case (low == "sat" || low == "sun" || low == "wed") && (next == "night" || next == "morning" || next == "afternoon" || next == "evening" || next == "nite"):
			// "sat night": the day, not the verb or the star.
			t.text = map[string]string{"sat": "Saturday", "sun": "Sunday", "wed": "Wednesday"}[low]
		case strings.HasSuffix(low, "s") && len(low) > 3 && possessor(low[:len(low)-1], prev) && next != "" && (prevClass(next)&(Verb|Prep|Conj|Sub|Adv|Modal|Be) == 0 || prev == "an" || prev == "a"):
			// "your dads funeral", "saturdays match", "an hours notice":
			// a possessive typed without its apostrophe.
			t.text = t.text[:len(t.text)-1] + "'s"
			if capitalised(low[:len(low)-1]) || familyTitles[low[:len(low)-1]] && prevClass(prev)&(Det|Poss|Quant) == 0 {
				t.text = upperFirst(t.text)
			}
		case low == "well" && (prev == "and" || prev == "so" || prev == "then"):
			// "and well cover any fees": "we'll", before a verb.
			if c, _ := Lookup(next); c&VBase != 0 && c&(Adj|Noun) == 0 {
				t.text = "we'll"
			}
		case low == "were" && prev == "":
			// "were a small shop": "we're" at the start, before what
			// cannot follow "were" as a question.
			c, _ := Lookup(next)
			if c&(Det|Adj|Adv|VGer|Neg) != 0 && c&SubjPron == 0 {
				t.text = "we're"
			}
		case capitalised(low):
			t.text = upperFirst(low)
		case (low == "may" || low == "march") && prevClass(prev)&Prep != 0 && prevClass(prev)&Verb == 0:
			t.text = upperFirst(low) // "in may": the month
		case t.text == low && IsName(low) && bare[low] == "":
			t.text = upperFirst(low) // "claire", "bristol"
		case t.text == low && familyTitles[strings.TrimSuffix(low, "'s")] && prev != "ur" && prevClass(prev)&(Det|Poss|Quant) == 0:
			t.text = upperFirst(low) // "ring mum", "dad's house"
		case acronyms[low] != "":
			t.text = acronyms[low]
		default:
			if w, ok := bare[low]; ok {
				t.text = matchCase(t.text, w)
				if strings.HasPrefix(w, "to be honest") || w == "not going to lie" {
					// An aside: set off with commas, as it is written out.
					if i > 0 && toks[i-1].text == " " && prev != "" {
						toks[i-1].text = ", "
					}
					if i+1 < len(toks) && toks[i+1].text == " " && next != "" {
						toks[i+1].text = ", "
					}
				}
			}
		}
	}
	var b strings.Builder
	for _, t := range toks {
		b.WriteString(t.text)
	}
	return b.String()
}

// youAre reports whether "ur" before next means "you're": before an
// adjective, an adverb, a participle, "not" or a determiner, not a noun.
func youAre(next, after string) bool {
	if next == "" {
		return true
	}
	c, _ := Lookup(next)
	if c&Noun != 0 || next == "own" {
		return false
	}
	ing := strings.HasSuffix(next, "ing") && len(next) > 5 && c&VGer != 0
	if c&(Adj|VGer) != 0 || ing {
		// "ur whole family", "ur leaving drinks": a modifier before a
		// noun belongs to "your"; "ur so upset", "ur leaving" to "you're".
		if after == "" {
			return true
		}
		ac, _ := Classify(after)
		return ac&(Prep|Conj|Sub|Adv|To|Det|ObjPron|SubjPron|Poss) != 0 && ac&Noun == 0
	}
	return c&(Adv|Neg|Det|VPart|Prep|Poss) != 0 // "ur my brother": a possessive cannot follow "your"
}

// nextIndex is the index of the next word piece after toks[i], or i.
func nextIndex(toks []piece, i int) int {
	for j := i + 1; j < len(toks); j++ {
		if toks[j].word {
			return j
		}
	}
	return len(toks) - 1
}

// needsNoun reports whether the word before must be followed by a noun or
// an adjective: "an ill child", "very ill".
func prevClass(w string) Class {
	c, _ := Lookup(w)
	return c
}

func needsNoun(prev string) bool {
	c, _ := Lookup(prev)
	return c&(Det|Poss|Be|Adv) != 0
}

// matchCase writes repl in the case the writer typed the word in: "U" at
// a sentence start stays a capital ("You"), "u" stays lower.
func matchCase(typed, repl string) string {
	r, _ := utf8.DecodeRuneInString(typed)
	if unicode.IsUpper(r) {
		return upperFirst(repl)
	}
	return repl
}

type piece struct {
	text string
	word bool
}

// splitWords cuts s into words (letters, digits, apostrophes, inner
// hyphens, and the shorthand "w/" and "&") and what lies between them.
func splitWords(s string) []piece {
	var out []piece
	inWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' }
	// "&" is a word between spaces ("you & me"); inside one ("A&E") it
	// joins letters.
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		j := i + n
		if inWord(r) {
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if inWord(r2) || (r2 == '-' || r2 == '/' || r2 == '&') && j+n2 < len(s) && isLetterAt(s, j+n2) {
					j += n2
					continue
				}
				break
			}
			// A trailing apostrophe is a closing quote, not part of the word.
			for j > i+1 && (s[j-1] == '\'') {
				j--
			}
			out = append(out, piece{s[i:j], true})
		} else {
			out = append(out, piece{s[i:j], (r == '&' || r == '+') && (i == 0 || s[i-1] == ' ') && (j == len(s) || s[j] == ' ')})
		}
		i = j
	}
	return out
}

func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// nextWord is the next word after toks[i] in the same clause, lower case;
// "" at a sentence end or a comma.
func nextWord(toks []piece, i int) string {
	for j := i + 1; j < len(toks); j++ {
		if toks[j].word {
			return strings.ToLower(strings.ReplaceAll(toks[j].text, "’", "'"))
		}
		if strings.ContainsAny(toks[j].text, ".,;:!?") {
			return ""
		}
	}
	return ""
}

func prevWord(toks []piece, i int) string {
	for j := i - 1; j >= 0; j-- {
		if toks[j].word {
			return strings.ToLower(toks[j].text)
		}
		if strings.ContainsAny(toks[j].text, ".;:!?") {
			return ""
		}
	}
	return ""
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// possessor reports a word whose plural is not what a writer means
// before a noun: a relative ("your dads funeral"), a weekday
// ("saturdays match"), or one hour or day ("an hours notice").
func possessor(w, prev string) bool {
	if familyTitles[w] {
		return true
	}
	switch w {
	case "hour", "day", "week", "month", "year":
		return prev == "an" || prev == "a" || prev == "one"
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// nextPunct reports whether punctuation, not a space, follows token i.
func nextPunct(toks []piece, i int) bool {
	return i+1 < len(toks) && !toks[i+1].word && strings.TrimSpace(toks[i+1].text) != ""
}
