// Package lang is what apology knows about English: word classes, verb
// inflection, text-message shorthand, a small tagger for the fragments
// people type, and the shape of a clause. The linter and the letter
// composer both read language through it.
//
// The word lists are closed classes (determiners, pronouns, modals...)
// and the common verbs of everyday apologies. Verb forms are generated
// from the base form by the regular rules of English inflection, with a
// table only for the irregular verbs.
package lang

import (
	"strings"
	"sync"
)

// Class is a word class, as a bit set: one word may belong to several
// ("set" is a base verb, a past tense and a participle).
type Class uint32

const (
	Det      Class = 1 << iota // a, an, the, this, that, these, those
	Poss                       // my, your, our, their, his, her, its
	Quant                      // every, each, all, some, any, no, both
	SubjPron                   // I, we, you, he, she, they, it
	ObjPron                    // me, us, him, them
	Prep                       // on, in, for, with, ...
	Sub                        // when, if, before, after, because, ...
	Conj                       // and, or, but, so
	Modal                      // will, would, can, could, shall, should, may, might, must
	Be                         // am, is, are, was, were, be, been, being
	Have                       // have, has, had
	Do                         // do, does, did
	Neg                        // not, never
	Adv                        // now, already, always, just, ...
	Adj                        // common adjectives
	Num                        // one, two, 3, £35
	VBase                      // a verb's base form: "pay"
	VPast                      // a past tense: "paid"
	VPart                      // a past participle: "paid", "gone"
	VGer                       // a gerund or present participle: "paying"
	V3sg                       // a third person singular present: "pays"
	Noun                       // a known noun (most nouns are simply unknown words)
	Time                       // weekdays, months, today, tonight, ...
	Wh                         // what, who, which, how, why, where
	To                         // the word "to"
	Name                       // capitalised mid-sentence: a name
)

// Verb is any verb form.
const Verb = VBase | VPast | VPart | VGer | V3sg

// Finite is a class that can carry a clause's tense by itself.
const Finite = Modal | VPast | V3sg

var closed = map[Class]string{
	Det:      "a an the this that these those",
	Poss:     "my your our their his her its whose",
	Quant:    "every each all some any no both several many few most more less fewer",
	SubjPron: "i we you he she they it",
	ObjPron:  "me us him them",
	Prep:     "on in at for with without about of from by into onto over under after before during until till since through across around against between behind beside near off out up down past toward towards like than instead per via",
	Sub:      "when whenever if unless before after because since while once until till though although whereas as",
	Conj:     "and or but so nor yet",
	Modal:    "will would can could shall should may might must",
	Be:       "am is are was were be been being",
	Have:     "have has had having",
	Do:       "do does did",
	Neg:      "not never",
	Adv:      "now already always just also still really really truly so very too even only again ever soon today tonight tomorrow yesterday straight immediately properly first then finally honestly actually basically totally completely definitely personally properly quickly slowly carefully twice once back right together anymore instead here there away",
	Adj:      "sorry sad upset hurt angry embarrassed humiliated worried scared frightened anxious stressed busy tired ill sick late early wrong right rude unfair careless thoughtless selfish stupid awful terrible unacceptable inappropriate disappointed let-down left alone cold wet soaked broken lost stuck stranded ashamed responsible new old full free whole own weekly daily monthly proper extra quick short long good bad big small first last next best worse worst better",
	Num:      "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred half",
	Time:     "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december today tonight tomorrow yesterday morning evening night week weekend month year christmas easter",
	Wh:       "what who which how why where whom",
	To:       "to",
	Noun:     "something anything nothing everything someone anyone everyone somebody anybody everybody nobody thing king spring string sibling pudding darling earring dinner lunch breakfast drinks coffee refund refunds apology money bill cost costs credit voucher discount replacement repair gift treat session sessions check checks check-ins meeting call calls text texts message messages rota plan list checklist reminder reminders alarm alarms calendar phone order orders team staff manager fence car house room job work shift meal family rally belly jelly bully ally assembly reply supply wedding evening morning building ceiling meeting wording clothing funding christening",
}

// irregular verbs: base, past, participle ("" when the same as past).
var irregular = [][3]string{
	{"be", "was", "been"}, {"have", "had", ""}, {"do", "did", "done"}, {"go", "went", "gone"},
	{"say", "said", ""}, {"make", "made", ""}, {"take", "took", "taken"}, {"come", "came", "come"},
	{"see", "saw", "seen"}, {"know", "knew", "known"}, {"get", "got", "gotten"}, {"give", "gave", "given"},
	{"find", "found", ""}, {"think", "thought", ""}, {"tell", "told", ""}, {"become", "became", "become"},
	{"leave", "left", ""}, {"feel", "felt", ""}, {"bring", "brought", ""}, {"begin", "began", "begun"},
	{"keep", "kept", ""}, {"hold", "held", ""}, {"write", "wrote", "written"}, {"stand", "stood", ""},
	{"hear", "heard", ""}, {"let", "let", ""}, {"mean", "meant", ""}, {"set", "set", ""},
	{"meet", "met", ""}, {"run", "ran", "run"}, {"pay", "paid", ""}, {"sit", "sat", ""},
	{"speak", "spoke", "spoken"}, {"lie", "lay", "lain"}, {"lead", "led", ""}, {"read", "read", ""},
	{"grow", "grew", "grown"}, {"lose", "lost", ""}, {"fall", "fell", "fallen"}, {"send", "sent", ""},
	{"build", "built", ""}, {"understand", "understood", ""}, {"draw", "drew", "drawn"},
	{"break", "broke", "broken"}, {"spend", "spent", ""}, {"cut", "cut", ""}, {"rise", "rose", "risen"},
	{"drive", "drove", "driven"}, {"buy", "bought", ""}, {"wear", "wore", "worn"}, {"choose", "chose", "chosen"},
	{"forget", "forgot", "forgotten"}, {"forgive", "forgave", "forgiven"}, {"hide", "hid", "hidden"},
	{"shake", "shook", "shaken"}, {"throw", "threw", "thrown"}, {"eat", "ate", "eaten"},
	{"drink", "drank", "drunk"}, {"sing", "sang", "sung"}, {"swim", "swam", "swum"}, {"ring", "rang", "rung"},
	{"put", "put", ""}, {"spoil", "spoilt", ""}, {"owe", "owed", ""}, {"smell", "smelt", ""}, {"hit", "hit", ""}, {"hurt", "hurt", ""}, {"shut", "shut", ""}, {"quit", "quit", ""},
	{"cost", "cost", ""}, {"spread", "spread", ""}, {"bet", "bet", ""}, {"upset", "upset", ""},
	{"sleep", "slept", ""}, {"sell", "sold", ""}, {"teach", "taught", ""}, {"catch", "caught", ""},
	{"fight", "fought", ""}, {"seek", "sought", ""}, {"win", "won", ""}, {"bite", "bit", "bitten"},
	{"blow", "blew", "blown"}, {"fly", "flew", "flown"}, {"steal", "stole", "stolen"}, {"wake", "woke", "woken"},
	{"freeze", "froze", "frozen"}, {"ride", "rode", "ridden"}, {"shoot", "shot", ""}, {"stick", "stuck", ""},
	{"swear", "swore", "sworn"}, {"tear", "tore", "torn"}, {"mislead", "misled", ""}, {"overhear", "overheard", ""},
	{"undo", "undid", "undone"}, {"withdraw", "withdrew", "withdrawn"}, {"oversleep", "overslept", ""},
	{"mistake", "mistook", "mistaken"}, {"misunderstand", "misunderstood", ""}, {"rebuild", "rebuilt", ""},
	{"resend", "resent", ""}, {"rewrite", "rewrote", "rewritten"}, {"deal", "dealt", ""}, {"feed", "fed", ""},
	{"dig", "dug", ""}, {"hang", "hung", ""}, {"light", "lit", ""}, {"lend", "lent", ""}, {"bend", "bent", ""},
	{"shine", "shone", ""}, {"slide", "slid", ""}, {"spill", "spilt", ""}, {"burn", "burnt", ""},
	{"split", "split", ""}, {"burst", "burst", ""}, {"spit", "spat", ""}, {"sweep", "swept", ""}, {"creep", "crept", ""},
	{"weep", "wept", ""}, {"kneel", "knelt", ""}, {"lay", "laid", ""}, {"mislay", "mislaid", ""},
}

// regular verbs: base forms whose other forms follow the rules. Enough
// for what people write in apologies (acts, harms, remedies, habits).
const regular = "flag text phone double label scan drill paint accept act add admit agree allow answer apologise apologize appear apply arrange arrive ask assume attend avoid back bake ban bash belittle blame block book borrow bother call cancel care carry change charge chat check clean clear close collect commit compare complain confirm consider contact continue cook copy correct cover crash cross cry damage dance decide delay delete deliver deny depend deserve destroy die disappear discuss dismiss drop dump email embarrass end enjoy ensure enter excuse expect explain face fail fill finish fix follow force gossip guess handle happen hate help hope hug ignore improve include interrupt introduce invite involve join joke kill kiss laugh learn like list listen live load lock look love manage mark matter mention message miss mock move name need note notice offer open order organise organize own pack park pass pick place plan play post prepare press prevent print promise protect provide pull push raise reach realise realize receive record reduce refund refuse regret release rely remember remind remove rent reorder repaint repair repeat replace reply report request rescue reserve respect respond rest return review ring rush save scan schedule scream search serve share shout show sign skip slam smoke snap sort start stay step stop store stress suggest supply support suppose switch talk thank touch track train trust try turn type use visit vote wait walk want warn wash waste watch water work worry yell"

// Form says which inflection of a verb a word is.
type Form uint8

const (
	FormBase Form = iota
	FormPast
	FormPart
	FormGer
	Form3sg
)

type entry struct {
	class Class
	lemma string // for verbs: the base form
}

var lexicon = sync.OnceValue(buildLexicon)

func buildLexicon() map[string]entry {
	m := map[string]entry{}
	add := func(w string, c Class, lemma string) {
		e := m[w]
		e.class |= c
		if lemma != "" && e.lemma == "" {
			e.lemma = lemma
		}
		m[w] = e
	}
	for c, words := range closed {
		for _, w := range strings.Fields(words) {
			add(w, c, "")
		}
	}
	verb := func(base, past, part string) {
		add(base, VBase, base)
		add(past, VPast, base)
		add(part, VPart, base)
		add(Ing(base), VGer, base)
		add(ThirdPerson(base), V3sg, base)
	}
	for _, v := range irregular {
		part := v[2]
		if part == "" {
			part = v[1]
		}
		verb(v[0], v[1], part)
	}
	for _, b := range strings.Fields(regular) {
		p := Past(b)
		verb(b, p, p)
		add(ThirdPerson(b), Noun, "") // "visits", "calls": also plural nouns
	}
	for _, b := range strings.Fields(moreRegular) {
		if m[b].class&VBase == 0 { // irregular verbs keep their table forms
			p := Past(b)
			verb(b, p, p)
			// Most everyday verbs are nouns too ("a knock", "the calls"):
			// the word's place decides which it is.
			add(b, Noun, "")
			add(ThirdPerson(b), Noun, "")
		}
	}
	for _, a := range strings.Fields(moreAdj) {
		add(a, Adj, "")
	}
	for _, n := range strings.Fields(moreNouns) {
		add(n, Noun, "")
	}
	// American spelling keeps a final "l" single: "canceled", "traveling".
	for _, b := range strings.Fields(regular + " " + moreRegular) {
		if n := len(b); n > 3 && b[n-1] == 'l' && doubles(b) && !stressedLast[b] && m[b].lemma == b {
			add(b+"ed", VPast|VPart, b)
			add(b+"ing", VGer, b)
		}
	}
	// "be", "have" and "do" are verbs too, with their own forms.
	for _, w := range []string{"is", "are", "am", "was", "were", "been", "being", "be"} {
		add(w, Be, "be")
	}
	add("were", VPast, "be")
	add("has", Have, "have")
	add("had", Have, "have")
	add("does", Do, "do")
	add("did", Do, "do")
	return m
}

// Lookup returns a word's classes and, for a verb form, its base form.
// The word must be lower case, with a straight apostrophe.
func Lookup(w string) (Class, string) {
	e := lexicon()[w]
	return e.class, e.lemma
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

// doubles reports whether a regular verb doubles its last consonant
// before -ed and -ing: one stressed short syllable ending
// consonant-vowel-consonant ("stop", "plan", "drop"), not w, x or y.
func doubles(b string) bool {
	n := len(b)
	if n < 3 || strings.IndexByte("wxy", b[n-1]) >= 0 || isVowel(b[n-1]) {
		return false
	}
	if !isVowel(b[n-2]) || isVowel(b[n-3]) {
		return false
	}
	// Only one vowel group: a single syllable ("ban", "snap"), and the
	// few two-syllable verbs stressed at the end that apologies use.
	groups := 0
	for i := 0; i < n; i++ {
		if isVowel(b[i]) && (i == 0 || !isVowel(b[i-1])) {
			groups++
		}
	}
	// British spelling doubles a final "l" after one vowel whatever the
	// stress: "cancelled", "travelled", "labelled".
	return groups == 1 || b[n-1] == 'l' || stressedLast[b]
}

// stressedLast are two-syllable verbs stressed on the last syllable,
// which double their final consonant: "admitted", "preferred".
var stressedLast = map[string]bool{"commit": true, "regret": true, "admit": true, "control": true, "refer": true,
	"prefer": true, "omit": true, "permit": true, "submit": true, "transmit": true, "equip": true, "occur": true,
	"forbid": true, "upset": true, "resubmit": true, "recommit": true}

// Past is the regular past tense: "stop" -> "stopped", "try" -> "tried",
// "bake" -> "baked"; irregular verbs come from the table instead.
func Past(b string) string {
	n := len(b)
	switch {
	case strings.HasSuffix(b, "e"):
		return b + "d"
	case n > 1 && b[n-1] == 'y' && !isVowel(b[n-2]):
		return b[:n-1] + "ied"
	case doubles(b):
		return b + b[n-1:] + "ed"
	case strings.HasSuffix(b, "ic"):
		return b + "ked" // "panicked"
	}
	return b + "ed"
}

// Ing is the -ing form: "make" -> "making", "stop" -> "stopping",
// "lie" -> "lying", "see" -> "seeing".
func Ing(b string) string {
	n := len(b)
	switch {
	case strings.HasSuffix(b, "ie"):
		return b[:n-2] + "ying"
	case strings.HasSuffix(b, "ee") || strings.HasSuffix(b, "ye") || b == "be":
		return b + "ing"
	case n > 2 && b[n-1] == 'e':
		return b[:n-1] + "ing"
	case doubles(b):
		return b + b[n-1:] + "ing"
	case strings.HasSuffix(b, "ic"):
		return b + "king"
	}
	return b + "ing"
}

// ThirdPerson is the third person singular present: "pay" -> "pays",
// "watch" -> "watches", "try" -> "tries".
func ThirdPerson(b string) string {
	n := len(b)
	switch {
	case b == "be":
		return "is"
	case b == "have":
		return "has"
	case b == "do" || b == "go":
		return b + "es"
	case strings.HasSuffix(b, "s") || strings.HasSuffix(b, "sh") || strings.HasSuffix(b, "ch") || strings.HasSuffix(b, "x") || strings.HasSuffix(b, "z"):
		return b + "es"
	case n > 1 && b[n-1] == 'y' && !isVowel(b[n-2]):
		return b[:n-1] + "ies"
	}
	return b + "s"
}
