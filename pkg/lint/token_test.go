package lint

import (
	"reflect"
	"strings"
	"testing"
)

func TestNormaliseWords(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"I'm sorry", "i am sorry"},
		{"I’m SORRY", "i am sorry"},
		{"Im sorry", "i am sorry"},
		{"can't won't didn't", "can not will not did not"},
		{"you're we've I'll I'd", "you are we have i will i would"},
		{"it's Maya's", "it is maya's"},
		{"let's move on", "let us move on"},
		{"ill wash it. im ill. Ill do it", "i will wash it i am ill i will do it"},
		{"u said so tho, cuz pls", "you said so though because please"},
		{"100% sure", "100% sure"},
		{"double-booked", "double booked"},
		{"'quoted' words", "quoted words"},
		{"Café naïve", "café naïve"},
		{"ĲSSEL", "ĳssel"},
		{"ʼ lone modifier apostrophe", "lone modifier apostrophe"},
		{"itʼs", "it is"},
		{"tbh the flowers r nice n gonna stay", "to be honest the flowers are nice and going to stay"},
		{"whats theres hes arent cannot", "what is there is he is are not can not"},
		{"ur lets yr", "ur lets yr"},
	}
	for _, tt := range tests {
		got := strings.Join(normaliseWords(tt.in), " ")
		if got != tt.want {
			t.Errorf("normaliseWords(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTokenSentences(t *testing.T) {
	v := newVocabulary()
	for _, w := range []string{"a", "b", "c", "d", "e"} {
		v.add(w)
	}
	tk := &tokenizer{vocab: v}
	src := []byte("a b. c, d! e")
	tk.segment(src, 0, len(src))
	tk.endBlock()
	type tok struct {
		word  string
		sent  int32
		flags TokenFlags
	}
	var got []tok
	for _, x := range tk.tokens {
		got = append(got, tok{v.words[x.Word], x.Sent, x.Flags})
	}
	want := []tok{
		{"a", 0, SentenceStart | BlockStart},
		{"b", 0, SentenceEnd},
		{"c", 1, SentenceStart},
		{"d", 1, CommaBefore | SentenceEnd},
		{"e", 2, SentenceStart | SentenceEnd},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tokens = %+v\nwant %+v", got, want)
	}
}

// TestPatterns checks what a pattern means by what it matches: each text
// is one sentence, and the pattern must match all of it or none of it.
func TestPatterns(t *testing.T) {
	tests := []struct {
		pattern string
		match   []string
		nomatch []string
	}{
		{"sorry if", []string{"sorry if"}, []string{"sorry", "sorry it if"}},
		{"sorry|regret if", []string{"sorry if", "regret if"}, []string{"sorry regret if"}},
		{"(i am|we are) sorry", []string{"I'm sorry", "we're sorry", "we are sorry"}, []string{"you are sorry"}},
		{"I'm (so|very|) sorry", []string{"im so sorry", "I am sorry", "i’m very sorry"}, []string{"I am so very sorry"}},
		{"sorry .. but", []string{"sorry but", "sorry a b c but"}, []string{"sorry a b c d but"}},
		{"sorry ... but", []string{"sorry 1 2 3 4 5 6 7 8 but"}, []string{"sorry 1 2 3 4 5 6 7 8 9 but"}},
		{"sorry * but", []string{"sorry x but"}, []string{"sorry but", "sorry x y but"}},
		{"sorry , but", []string{"sorry, but", "sorry -- but", "sorry; but"}, []string{"sorry but"}},
		{"^ anyway", []string{"anyway"}, nil},
		{"(a (b|c d)|e) f", []string{"a b f", "a c d f", "e f"}, []string{"a c f", "a f"}},
		{"can't|won't", []string{"can't", "cannot", "won't"}, []string{"can", "not"}},
		{"i have *ed", []string{"I've refunded", "I have ordered", "I have Posted"}, []string{"I have orders", "I have red", "I've ed"}},
		{"(was|were) *ed (it|)", []string{"was dropped", "were misplaced it"}, []string{"was drop", "were led"}},
		{"*ed *ing", []string{"tired waiting"}, []string{"tired wait"}},
		{"@apology if", []string{"apologised if", "apologizing if", "regretted if", "soz if"}, []string{"sorry when"}},
		{"sorry (that|) @reader (were|are) @harm", []string{"sorry u were offended", "sorry that you are upset", "sorry ur are let down"}, []string{"sorry you were late"}},
	}
	for _, tt := range tests {
		rules := []*Rule{{ID: "p", Severity: Error, Message: "m", Phrases: []string{tt.pattern}}}
		l, err := New(rules, nil)
		if err != nil {
			t.Errorf("pattern %q: %v", tt.pattern, err)
			continue
		}
		whole := func(text string) bool {
			for _, f := range l.Lint("x", []byte(text)) {
				if f.Offset == 0 && f.EndOffset == len(text) {
					return true
				}
			}
			return false
		}
		for _, text := range tt.match {
			if !whole(text) {
				t.Errorf("pattern %q does not match %q", tt.pattern, text)
			}
		}
		for _, text := range tt.nomatch {
			if whole(text) {
				t.Errorf("pattern %q matches %q", tt.pattern, text)
			}
		}
	}
}

func TestPatternErrors(t *testing.T) {
	for _, p := range []string{"sorry ...", ".. sorry", "(sorry", "sorry)", "(|)", "!!", "^ $", "(a|) (b|)", "sorry ,", "sorry ^", "@nosuchclass sorry"} {
		if _, err := New([]*Rule{{ID: "p", Phrases: []string{p}}}, nil); err == nil {
			t.Errorf("pattern %q compiled; want an error", p)
		}
	}
}

// TestSuffixClassCoversPatternWords: a word another pattern names has an
// id of its own, and "*ed" must still read it.
func TestSuffixClassCoversPatternWords(t *testing.T) {
	rules := []*Rule{
		{ID: "a", Severity: Error, Message: "a", Phrases: []string{"i have *ed"}},
		{ID: "b", Severity: Error, Message: "b", Phrases: []string{"refunded in full"}},
	}
	l, err := New(rules, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := brief(l.Lint("x", []byte("I have refunded. I have shipped.")))
	if want := "1:1-1:16 a; 1:18-1:32 a"; got != want {
		t.Errorf("findings = %q, want %q", got, want)
	}
}
