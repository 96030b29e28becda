package lang

import "strings"

// Contractions, as the linter's tokenizer expands them: "I'm" is "i am",
// "don't" is "do not", and the bare forms typed without an apostrophe
// ("im", "dont") and text shorthand ("u", "tbh") are spelled out from the
// table the letter composer writes them with (bare), so both read the
// same words.

// sIsWords are the words after which "'s" means "is"; elsewhere it is a
// possessive ("Sam's").
var sIsWords = map[string]bool{"it": true, "that": true, "there": true, "here": true, "what": true,
	"who": true, "he": true, "she": true, "this": true, "everything": true, "nothing": true}

// ntBases are the stems "n't" changes: "can't", "won't", "shan't", "ain't".
var ntBases = map[string]string{"ca": "can", "wo": "will", "sha": "shall", "ai": "is"}

// SplitContraction splits a lower-case word with an apostrophe (a
// straight one) into its first word, w[:n], and the word the contraction
// implies ("i'm" -> "i", "am"; "can't" -> "can", "not"). second is "" when w
// is no contraction; first is then w itself, or for "n't" a changed stem
// (returned in stem when it is not a prefix of w).
func SplitContraction(w string) (n int, stem, second string) {
	l := len(w)
	if l >= 4 && w[l-3:] == "n't" {
		if b, ok := ntBases[w[:l-3]]; ok {
			return 0, b, "not"
		}
		return l - 3, "", "not"
	}
	if l >= 3 && w[l-2] == '\'' {
		switch w[l-1] {
		case 'm':
			return l - 2, "", "am"
		case 'd':
			return l - 2, "", "would"
		case 's':
			if sIsWords[w[:l-2]] {
				return l - 2, "", "is"
			}
			if w[:l-2] == "let" {
				return l - 2, "", "us"
			}
		}
	}
	if l >= 4 && w[l-3] == '\'' {
		switch w[l-2:] {
		case "re":
			return l - 3, "", "are"
		case "ve":
			return l - 3, "", "have"
		case "ll":
			return l - 3, "", "will"
		}
	}
	return l, "", ""
}

// notExpanded are bare forms whose meaning depends on the words around
// them, which a word-by-word tokenizer cannot read: "ur" is "your" or
// "you're", "lets" is also a verb ("she lets me"), "yr" is also "year"
// ("a 5 yr old"), "w/" and "&" are no words at all.
var notExpanded = map[string]bool{"ur": true, "lets": true, "yr": true, "w/": true, "&": true}

// joined are words written as one that read as two.
var joined = map[string]string{"cannot": "can not"}

// Expansions returns the words each bare contraction or piece of text
// shorthand stands for, normalised as a tokenizer reads prose: "im" ->
// [i am], "u" -> [you], "tbh" -> [to be honest].
func Expansions() map[string][]string {
	out := map[string][]string{}
	for k, v := range bare {
		if notExpanded[k] {
			continue
		}
		var ws []string
		for _, f := range strings.Fields(strings.ToLower(v)) {
			n, stem, second := SplitContraction(f)
			if stem == "" {
				stem = f[:n]
			}
			ws = append(ws, stem)
			if second != "" {
				ws = append(ws, second)
			}
		}
		out[k] = ws
	}
	for k, v := range joined {
		out[k] = strings.Fields(v)
	}
	return out
}
