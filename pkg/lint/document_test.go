package lint

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// trickyLong is a long document of the constructs that must not be cut
// (fenced code, comments, HTML blocks that span blank lines, list items,
// quotes) between the project's letters, after front matter.
func trickyLong(t *testing.T, size int) []byte {
	tricky := []string{
		"```\nI'm sorry if.\n\nStill code.\n```\n",
		"~~~ text\n\nsorry if\n\n~~~\n",
		"````\nsorry if\n\n```\n\nstill code, sorry if\n````\n",
		"``` not a fence``` but a code span, sorry if\n\nSorry if.\n",
		"<!-- a comment\n\nthat spans a blank line, sorry if -->\n",
		"<pre>\nsorry if\n\nsorry if\n</pre>\n",
		"<STYLE>\n\nsorry if\n\n</style>\n",
		"<?php\n\nsorry if\n\n?>\n",
		"<!DOCTYPE\n\nsorry if\n\n>\n",
		"<![CDATA[\n\nsorry if\n\n]]>\n",
		"<div>\nsorry if\n\nI'm sorry if this is prose again.\n",
		"<!-- apology-lint disable cond -->\nI'm sorry if hidden.\n<!-- apology-lint enable cond -->\n",
		"- one item\n\n  continued, sorry if\n\n- two\n",
		"1. item\n\n    continued at four, sorry if\n",
		"> quoted\n\n> sorry if quoted\n",
		"    indented code\n\n    sorry if\n",
		"\"An open quote\n\ncloses nowhere.\n",
		"# Heading, sorry if\n",
		"I'm sorry, but I was busy. Anyway. I will never do it again.\n",
	}
	var letters []string
	paths, _ := filepath.Glob("../../testdata/letters/*.md")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		letters = append(letters, string(b))
	}
	var b strings.Builder
	b.WriteString("---\ntitle: front matter\n---\n")
	for i := 0; b.Len() < size; i++ {
		b.WriteString(tricky[i%len(tricky)])
		b.WriteString("\n")
		if len(letters) > 0 {
			b.WriteString(letters[i%len(letters)])
			b.WriteString("\n")
		}
	}
	return []byte(b.String())
}

// TestPartsParseAsWhole: parsing a long document a part at a time, cut
// where blockBoundaries says, yields exactly the tokens, matches and
// directives of parsing it whole.
func TestPartsParseAsWhole(t *testing.T) {
	src := trickyLong(t, 64<<10)
	l, err := New(testRules(), nil)
	if err != nil {
		t.Fatal(err)
	}
	_, body := newDocument(src)
	whole := parseRange(src, body, len(src), l.m, parsed{})
	if len(whole.tokens) == 0 || len(whole.matches) == 0 || len(whole.dirs) == 0 {
		t.Fatal("nothing parsed")
	}
	for _, every := range []int{1, 97, 1000, 8 << 10} {
		cuts := blockBoundaries(src, body, every)
		if every == 1 && len(cuts) < 200 {
			t.Fatalf("only %d cuts", len(cuts))
		}
		cuts = append(append([]int{body}, cuts...), len(src))
		var got parsed
		for i := 0; i+1 < len(cuts); i++ {
			p := parseRange(src, cuts[i], cuts[i+1], l.m, parsed{})
			// Renumber as if one: sentences and token indexes run on.
			for j := range p.tokens {
				p.tokens[j].Sent += got.sentences
			}
			for j := range p.matches {
				p.matches[j].start += int32(len(got.tokens))
				p.matches[j].end += int32(len(got.tokens))
			}
			got.tokens = append(got.tokens, p.tokens...)
			got.matches = append(got.matches, p.matches...)
			got.dirs = append(got.dirs, p.dirs...)
			got.sentences += p.sentences
		}
		if !reflect.DeepEqual(got.tokens, whole.tokens) {
			i := firstDiff(got.tokens, whole.tokens)
			t.Fatalf("parts of %d bytes: %d tokens, whole %d; first difference at byte %d",
				every, len(got.tokens), len(whole.tokens), whole.tokens[min(i, len(whole.tokens)-1)].Start)
		}
		if !reflect.DeepEqual(got.matches, whole.matches) {
			t.Fatalf("parts of %d bytes: %d matches, whole %d", every, len(got.matches), len(whole.matches))
		}
		if !reflect.DeepEqual(got.dirs, whole.dirs) {
			t.Fatalf("parts of %d bytes: directives differ", every)
		}
	}
}

// TestLintInPartsAsWhole: the findings of a long document checked in
// parts, one after another or pipelined, are those of checking it whole.
func TestLintInPartsAsWhole(t *testing.T) {
	src := trickyLong(t, 64<<10)
	l, err := New(testRules(), nil)
	if err != nil {
		t.Fatal(err)
	}
	whole, err := l.lint(context.Background(), "long.md", src, len(src), false)
	if err != nil || len(whole) < 50 {
		t.Fatalf("only %d findings", len(whole))
	}
	for _, every := range []int{1, 1000, 8 << 10} {
		for _, pipelined := range []bool{false, true} {
			if got, _ := l.lint(context.Background(), "long.md", src, every, pipelined); !reflect.DeepEqual(got, whole) {
				t.Fatalf("parts of %d bytes (pipelined %v): %d findings, whole %d", every, pipelined, len(got), len(whole))
			}
		}
	}
}

func firstDiff(a, b []Token) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

func TestBlockBoundaries(t *testing.T) {
	tests := []struct {
		src  string
		want []int // the index of each cut line's first byte
	}{
		{"a\n\nb\n", []int{3}},
		{"a\n\n  b\n", nil},                // indented: may continue a list item
		{"```\na\n\nb\n```\n", nil},        // inside fenced code
		{"````\na\n```\n\nb\n````\n", nil}, // a shorter fence does not close it
		{"<!-- a\n\nb -->\n", nil},         // inside an HTML comment
		{"<pre>\na\n\nb\n</pre>\n", nil},   // a blank line does not end <pre>
		{"<Script x>\n\nb\n</SCRIPT>\n", nil},
		{"<div>\na\n\nb\n", []int{9}}, // it does end <div>
		{"<pre>a</pre>\n\nb\n", []int{14}},
		{"```\na\n```\n\nb\n", []int{11}}, // after the fence closes
		{"``` x ``` y\n\nb\n", []int{13}}, // a code span, not a fence
		{"a\n\n\n\nb\n", []int{5}},
		{"a\nb\n", nil}, // no blank line
		{"a\n\nb\n\nc\n", []int{3, 6}},
	}
	for _, tt := range tests {
		if got := blockBoundaries([]byte(tt.src), 0, 1); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("blockBoundaries(%q) = %v, want %v", tt.src, got, tt.want)
		}
	}
}

// TestDocumentRuleInParts: a document rule is satisfied by a phrase in any
// part of a long letter, and not by an excepted one.
func TestDocumentRuleInParts(t *testing.T) {
	l, err := New(testRules(), nil)
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("We talked about the weekend and the car.\n\n", 200)
	for _, tt := range []struct {
		src     string
		missing bool
	}{
		{long, true},
		{"I am sorry.\n\n" + long, false},
		{long + "I am sorry.\n", false},
		{long + "I am not sorry.\n", true},
		{"<!-- apology-lint disable missing-sorry -->\n\n" + long, false},
	} {
		for _, pipelined := range []bool{false, true} {
			got, _ := l.lint(context.Background(), "x.md", []byte(tt.src), 100, pipelined)
			missing := len(got) > 0 && got[0].Rule == "missing-sorry"
			if missing != tt.missing {
				t.Errorf("%.40q... (pipelined %v): missing-sorry = %v, want %v", tt.src[len(tt.src)-40:], pipelined, missing, tt.missing)
			}
		}
	}
}
