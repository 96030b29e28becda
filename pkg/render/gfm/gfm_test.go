package gfm_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"

	"github.com/apology-cli/apology/pkg/render/gfm"
)

// cases exercise every extension the package copies.
var cases = []string{
	"| a | b |\n|---|:-:|\n| 1 | 2 |\n| x \\| y | `c|d` |\n",
	"| left | right | centre | none |\n|:--|--:|:-:|---|\n|1|2|3|4|\n",
	"a | b\n- | -\n1 | 2\n\nnot | a table\n",
	"~~struck~~ and ~single~ and ~~~three~~~\n",
	"- [ ] to do\n- [x] done\n- [X] done too\n- [] not a box\n",
	"See www.example.com/path?q=1, https://example.org:8080/a_(b) and ftp://files.example.net.\n",
	"Mail me at someone@example.co.uk or at <other@example.com>.\n",
	"http://x and www.x and https://exa mple.com and (https://example.com/in-parens)\n",
	"\"Double\" and 'single' quotes, it's, rock 'n' roll, '90s, --- dash -- and ... and << >>\n",
	"She said \"it's 'fine'\" -- then left...\n\n*\"emphasised quote\"*\n",
	"```\n| not | a table |\n|---|---|\n~~no~~ www.example.com\n```\n",
}

func render(t *testing.T, md goldmark.Markdown, src string) string {
	t.Helper()
	var b bytes.Buffer
	if err := md.Convert([]byte(src), &b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestSameAsGoldmark: the copy renders what goldmark's own extensions do,
// on the cases above and on every Markdown file in testdata.
func TestSameAsGoldmark(t *testing.T) {
	theirs := goldmark.New(goldmark.WithExtensions(extension.GFM, extension.Typographer))
	ours := goldmark.New(goldmark.WithExtensions(gfm.GFM, gfm.Typographer))
	srcs := append([]string(nil), cases...)
	paths, _ := filepath.Glob("../../../testdata/*/*.md")
	more, _ := filepath.Glob("../../../testdata/*/*/*.md")
	for _, p := range append(paths, more...) {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, string(b))
	}
	if len(srcs) < 100 {
		t.Fatalf("only %d documents", len(srcs))
	}
	checked := map[string]bool{}
	for _, src := range srcs {
		want := render(t, theirs, src)
		if got := render(t, ours, src); got != want {
			t.Errorf("%.60q:\ngot  %s\nwant %s", src, got, want)
		}
		for _, tag := range []string{"<table>", "<del>", "checkbox", "<a href=\"http", "<a href=\"mailto", "&ldquo;", "&mdash;"} {
			if strings.Contains(want, tag) {
				checked[tag] = true
			}
		}
	}
	if len(checked) < 7 {
		t.Errorf("the documents exercise only %v", checked)
	}
}
