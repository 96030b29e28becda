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
		{"100% sure", "100% sure"},
		{"double-booked", "double booked"},
		{"'quoted' words", "quoted words"},
		{"Café naïve", "café naïve"},
		{"ĲSSEL", "ĳssel"},
		{"ʼ lone modifier apostrophe", "lone modifier apostrophe"},
		{"itʼs", "it is"},
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
		{"a", 0, SentenceStart},
		{"b", 0, SentenceEnd},
		{"c", 1, SentenceStart},
		{"d", 1, CommaBefore | SentenceEnd},
		{"e", 2, SentenceStart | SentenceEnd},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tokens = %+v\nwant %+v", got, want)
	}
}

func TestExpandPattern(t *testing.T) {
	tests := []struct {
		pattern string
		want    []string
		wantErr bool
	}{
		{"sorry if", []string{"sorry if"}, false},
		{"sorry|regret if", []string{"sorry if", "regret if"}, false},
		{"(i am|we are) sorry", []string{"i am sorry", "we are sorry"}, false},
		{"I'm (so|) sorry", []string{"i am so sorry", "i am sorry"}, false},
		{"^ sorry .. but , *", []string{"^ sorry .. but , *"}, false},
		{"sorry ...", nil, true},
		{"(sorry", nil, true},
		{"sorry)", nil, true},
		{"(|)", nil, true},
		{"!!", nil, true},
	}
	for _, tt := range tests {
		seqs, err := expandPattern(tt.pattern)
		if (err != nil) != tt.wantErr {
			t.Errorf("expandPattern(%q) error = %v, wantErr %v", tt.pattern, err, tt.wantErr)
			continue
		}
		var got []string
		for _, s := range seqs {
			var words []string
			for _, e := range s {
				switch e.kind {
				case elemWord:
					words = append(words, e.word)
				case elemAny:
					words = append(words, "*")
				case elemGapShort:
					words = append(words, "..")
				case elemGapLong:
					words = append(words, "...")
				case elemBOS:
					words = append(words, "^")
				case elemEOS:
					words = append(words, "$")
				case elemComma:
					words = append(words, ",")
				}
			}
			got = append(got, strings.Join(words, " "))
		}
		if !tt.wantErr && !reflect.DeepEqual(got, tt.want) {
			t.Errorf("expandPattern(%q) = %q, want %q", tt.pattern, got, tt.want)
		}
	}
}

// expandPattern lists every word sequence a pattern stands for, to test
// the parser against what a pattern means.
func expandPattern(p string) ([][]elem, error) {
	n, err := parsePattern(p)
	if err != nil {
		return nil, err
	}
	return n.expand(), nil
}

func (n *pnode) expand() [][]elem {
	if n.elem != nil {
		return [][]elem{{*n.elem}}
	}
	if n.alt {
		var out [][]elem
		for _, k := range n.kids {
			out = append(out, k.expand()...)
		}
		return out
	}
	out := [][]elem{{}}
	for _, k := range n.kids {
		var next [][]elem
		for _, a := range out {
			for _, b := range k.expand() {
				next = append(next, append(append([]elem{}, a...), b...))
			}
		}
		out = next
	}
	return out
}
