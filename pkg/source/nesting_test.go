package source

import (
	"errors"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// parsedDepth is how deeply goldmark nests block quotes and list items.
func parsedDepth(src []byte) int {
	deepest := 0
	var walk func(n ast.Node, depth int)
	walk = func(n ast.Node, depth int) {
		if k := n.Kind(); k == ast.KindBlockquote || k == ast.KindListItem {
			depth++
		}
		deepest = max(deepest, depth)
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			walk(c, depth)
		}
	}
	walk(goldmark.New().Parser().Parse(text.NewReader(src)), 0)
	return deepest
}

// randomMarkdown writes lines of nested lists, quotes, fences and text,
// indented every which way.
func randomMarkdown(r *rand.Rand) string {
	indents := []string{"", " ", "  ", "   ", "    ", "     ", "      ", "        "}
	markers := []string{"- ", "* ", "+ ", "1. ", "2) ", "> ", ">", "-", "10. ", "-   ", "1.     ", ">  "}
	rests := []string{"text", "more text", "", "```", "~~~", "    code", "- - -", "***", "# heading", "<div>", "+ + +"}
	var b strings.Builder
	for range 1 + r.IntN(30) {
		if r.IntN(5) == 0 {
			b.WriteString("\n")
			continue
		}
		b.WriteString(indents[r.IntN(len(indents))])
		for range r.IntN(5) {
			b.WriteString(markers[r.IntN(len(markers))])
			if r.IntN(3) == 0 {
				b.WriteString(indents[r.IntN(4)])
			}
		}
		b.WriteString(rests[r.IntN(len(rests))])
		b.WriteString("\n")
	}
	return b.String()
}

// TestNestingNeverUndercounts: on random Markdown, the depth the scan
// counts is never less than the depth goldmark parses, so nothing deeper
// than MaxDepth reaches the parser.
func TestNestingNeverUndercounts(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	n := 20000
	if testing.Short() {
		n = 2000
	}
	for range n {
		src := []byte(randomMarkdown(r))
		_, counted := nesting(src, 1<<30)
		if parsed := parsedDepth(src); counted < parsed {
			t.Fatalf("counted %d levels, goldmark parses %d:\n%s", counted, parsed, src)
		}
	}
}

func TestCheckNesting(t *testing.T) {
	deepList := func(levels int) string {
		var b strings.Builder
		for i := range levels {
			b.WriteString(strings.Repeat("  ", i) + "- item\n")
		}
		return b.String()
	}
	tests := []struct {
		name     string
		src      string
		wantLine int // 0: accepted
	}{
		{"a letter", "Dear Sam,\n\n- one\n  - two\n    > three\n\nSorry.\n", 0},
		{"32 levels of list", deepList(32), 0},
		{"33 levels of list", deepList(33), 33},
		{"33 quotes on a line", "Hi.\n" + strings.Repeat("> ", 33) + "x\n", 2},
		{"quotes and lists mixed", strings.Repeat("> - ", 17) + "x\n", 1},
		{"33 markers in a code fence", "```\n" + strings.Repeat("- ", 40) + "\n```\n", 0},
		{"indented code", "    " + strings.Repeat("- ", 40) + "\n", 0},
		{"a thematic break", strings.Repeat("- ", 40) + "\n", 0},
		{"lazy lines keep the levels open", "- a\nlazy\n  - b\nlazy\n" + strings.Repeat("  ", 2) + "- c\n", 0},
	}
	for _, tt := range tests {
		err := CheckNesting("l.md", []byte(tt.src))
		var de *DepthError
		switch {
		case tt.wantLine == 0 && err != nil:
			t.Errorf("%s: %v", tt.name, err)
		case tt.wantLine != 0 && !errors.As(err, &de):
			t.Errorf("%s: err = %v, want a DepthError", tt.name, err)
		case tt.wantLine != 0 && de.Line != tt.wantLine:
			t.Errorf("%s: line %d, want %d (%v)", tt.name, de.Line, tt.wantLine, err)
		}
	}
	err := CheckNesting("l.md", []byte(deepList(40)))
	if want := "l.md:33: lists and block quotes nest more than 32 levels deep; a letter needs a few at most"; err == nil || err.Error() != want {
		t.Errorf("error %q, want %q", err, want)
	}
}

// TestMarkdownNestsNoDeeperThanMaxDepth: whatever the indentation, tabs
// included, the parser from NewMarkdown builds no more than MaxDepth
// levels of lists and quotes, and parses the same as goldmark below that.
func TestMarkdownNestsNoDeeperThanMaxDepth(t *testing.T) {
	md := NewMarkdown()
	depthOf := func(src string) int {
		deepest := 0
		var walk func(n ast.Node, depth int)
		walk = func(n ast.Node, depth int) {
			if k := n.Kind(); k == ast.KindBlockquote || k == ast.KindListItem {
				depth++
			}
			deepest = max(deepest, depth)
			for c := n.FirstChild(); c != nil; c = c.NextSibling() {
				walk(c, depth)
			}
		}
		walk(md.Parser().Parse(text.NewReader([]byte(src))), 0)
		return deepest
	}
	r := rand.New(rand.NewPCG(3, 4))
	markers := []string{"- ", "* ", "1. ", "> ", ">", "-\t", "-\t ", "2)\t", ">\t"}
	for range 500 {
		var b strings.Builder
		for line := range 20 + r.IntN(40) {
			b.WriteString(strings.Repeat(" ", r.IntN(2*line+1)))
			for range r.IntN(40) {
				b.WriteString(markers[r.IntN(len(markers))])
			}
			b.WriteString("text\n")
		}
		src := b.String()
		if got := depthOf(src); got > MaxDepth {
			t.Fatalf("%d levels:\n%s", got, src)
		}
	}
	for _, src := range []string{"- a\n  - b\n    > c\n", "> - one\n>   - two\n", strings.Repeat("> ", MaxDepth) + "x\n"} {
		if got, want := depthOf(src), parsedDepth([]byte(src)); got != want {
			t.Errorf("%q: %d levels, goldmark %d", src, got, want)
		}
	}
}
