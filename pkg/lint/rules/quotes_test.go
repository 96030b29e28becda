package rules

import "testing"

// TestQuotedWordsAreNotTheWriters: words inside quotation marks are
// someone's speech reported in the letter, like a blockquote.
func TestQuotedWordsAreNotTheWriters(t *testing.T) {
	l := testLinter(t)
	tests := []struct {
		text string
		want string // the one line rule expected, "" for none
	}{
		{`You said "you never listen to me", and you were right.`, ""},
		{"You said \u201cyou never listen to me\u201d, and you were right.", ""},
		{"You said I \u2018always make it about me\u2019, and I do.", ""},
		{"You said I 'always make it about me', and I do.", ""},
		{`I told you "it was just a joke", and it wasn't.`, ""},
		{"When you wrote \u201cI know how you feel\u201d to your sister, I\u2019d already let you down.", ""},
		{"\"You made me do it,\" I said. That was a lie.", ""},
		// Apostrophes are not quotation marks.
		{"You never listen, and it's not the kids' fault.", "blame-shift"},
		{"I don't think it's that serious, you're overreacting.", "minimizing"},
		// A closed quotation ends the quoted words.
		{`You said "stop", and you never listen.`, "blame-shift"},
		{"You said \u201cstop\u201d, and you never listen.", "blame-shift"},
		// Quotation marks in another paragraph do not carry over.
		{"He said \"wait\n\nYou never listen.", "blame-shift"},
		// But-excuse: a quoted apology is not the writer's.
		{`You said "I'm sorry, but I was busy" was no apology at all.`, ""},
	}
	for _, tt := range tests {
		var got []string
		for _, f := range l.Lint("test.md", []byte(tt.text)) {
			if f.Line > 0 {
				got = append(got, f.Rule)
			}
		}
		switch {
		case tt.want == "" && len(got) > 0:
			t.Errorf("%q: flagged %v, want nothing", tt.text, got)
		case tt.want != "" && (len(got) != 1 || got[0] != tt.want):
			t.Errorf("%q: flagged %v, want [%s]", tt.text, got, tt.want)
		}
	}
}
