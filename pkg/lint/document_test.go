package lint

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/apology-cli/apology/pkg/frontmatter"
)

// TestSplitParseMatchesWhole: parsing a long document as two halves on two
// cores yields exactly the tokens and directives of parsing it whole.
func TestSplitParseMatchesWhole(t *testing.T) {
	tricky := []string{
		"```\nI'm sorry if.\n\nStill code.\n```\n",
		"~~~ text\n\nsorry if\n\n~~~\n",
		"<!-- a comment\n\nthat spans a blank line, sorry if -->\n",
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
	for i := 0; b.Len() < 64<<10; i++ {
		b.WriteString(tricky[i%len(tricky)])
		b.WriteString("\n")
		if len(letters) > 0 {
			b.WriteString(letters[i%len(letters)])
			b.WriteString("\n")
		}
	}
	src := []byte(b.String())
	l, err := New(testRules(), nil)
	if err != nil {
		t.Fatal(err)
	}
	body := frontmatter.BodyStart(src)
	ctx := context.Background()
	room := func() []Token { return make([]Token, 0, len(src)/5+32) }
	defer func(size int) { chunkSize = size }(chunkSize)
	chunkSize = len(src) // one parse of the whole
	whole, err := parseRange(ctx, src, body, len(src), room(), l.m)
	if err != nil || len(whole.tokens) == 0 {
		t.Fatalf("no tokens (%v)", err)
	}
	// Parsed a kilobyte at a time, the document reads the same.
	chunkSize = 1 << 10
	chunked, err := parseRange(ctx, src, body, len(src), room(), l.m)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(chunked, whole) {
		t.Fatalf("parsed in chunks: %d tokens, %d matches; whole: %d tokens, %d matches",
			len(chunked.tokens), len(chunked.matches), len(whole.tokens), len(whole.matches))
	}
	chunkSize = len(src)
	// Every boundary blockBoundary can choose must split cleanly.
	seen := map[int]bool{}
	for mid := body; mid < len(src); mid += 97 {
		split := blockBoundary(src, body, mid)
		if split < 0 || seen[split] {
			continue
		}
		seen[split] = true
		halves, err := parseHalves(ctx, src, body, split, room(), l.m)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(halves.tokens, whole.tokens) {
			i := firstDiff(halves.tokens, whole.tokens)
			t.Fatalf("split at %d: %d tokens, whole %d; first difference at byte %d",
				split, len(halves.tokens), len(whole.tokens), whole.tokens[min(i, len(whole.tokens)-1)].Start)
		}
		if !reflect.DeepEqual(halves.matches, whole.matches) {
			t.Fatalf("split at %d: %d matches, whole %d", split, len(halves.matches), len(whole.matches))
		}
		if !reflect.DeepEqual(halves.dirs, whole.dirs) {
			t.Fatalf("split at %d: directives differ", split)
		}
	}
	if len(seen) < 50 {
		t.Fatalf("only %d split points tried", len(seen))
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

func TestBlockBoundary(t *testing.T) {
	tests := []struct {
		src  string
		want int // -1: no boundary; else the index of the line's first byte
	}{
		{"a\n\nb\n", 3},
		{"a\n\n  b\n", -1},         // indented: may continue a list item
		{"```\na\n\nb\n```\n", -1}, // inside fenced code
		{"<!-- a\n\nb -->\n", -1},  // inside an HTML comment
		{"```\na\n```\n\nb\n", 11}, // after the fence closes
		{"a\n\n\n\nb\n", 5},
		{"a\nb\n", -1}, // no blank line
	}
	for _, tt := range tests {
		if got := blockBoundary([]byte(tt.src), 0, 1); got != tt.want {
			t.Errorf("blockBoundary(%q) = %d, want %d", tt.src, got, tt.want)
		}
	}
}
