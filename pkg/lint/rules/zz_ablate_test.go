package rules

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/apology-cli/apology/pkg/lint"
)

func ablateTexts(t *testing.T) [][]byte {
	var texts [][]byte
	paths, _ := filepath.Glob("../../../testdata/*/*.md")
	more, _ := filepath.Glob("../../../../shared/corpus/*.md")
	for _, p := range append(paths, more...) {
		b, _ := os.ReadFile(p)
		texts = append(texts, b)
	}
	f, _ := os.Open("../../../testdata/textbook/forms.tsv")
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		if len(c) == 3 {
			texts = append(texts, []byte(c[2]+"\n"))
		}
	}
	for _, r := range All() {
		for _, s := range append(r.Bad, r.Good...) {
			texts = append(texts, []byte(s+"\n"))
		}
	}
	// fires/clean strings from the rule tests
	tests, _ := filepath.Glob("*_test.go")
	for _, p := range tests {
		b, _ := os.ReadFile(p)
		for _, line := range strings.Split(string(b), "\n") {
			for _, pre := range []string{"fires(\"", "clean(\""} {
				if i := strings.Index(line, pre); i >= 0 {
					rest := line[i+len(pre):]
					if j := strings.Index(rest, "\")"); j >= 0 {
						texts = append(texts, []byte(strings.ReplaceAll(rest[:j], `\"`, `"`)+"\n"))
					}
				}
			}
		}
	}
	return texts
}

func lintAll(t *testing.T, rules []*lint.Rule, texts [][]byte) []lint.Finding {
	l, err := lint.New(rules, nil)
	if err != nil {
		t.Fatal(err)
	}
	var out []lint.Finding
	for i, tx := range texts {
		for _, f := range l.Lint(fmt.Sprint(i), tx) {
			out = append(out, f)
		}
	}
	return out
}

func TestAblate(t *testing.T) {
	if os.Getenv("ABLATE") == "" {
		t.Skip()
	}
	texts := ablateTexts(t)
	for ri, r := range All() {
		if r.Document {
			continue
		}
		_ = ri
		full := lintAll(t, []*lint.Rule{r}, texts)
		for i, p := range r.Phrases {
			if r.ID == "but-excuse" {
				continue
			}
			r2 := *r
			r2.Phrases = append(append([]string{}, r.Phrases[:i]...), r.Phrases[i+1:]...)
			got := lintAll(t, []*lint.Rule{&r2}, texts)
			if reflect.DeepEqual(got, full) {
				r3 := *r
				r3.Phrases = []string{p}
				alone := len(lintAll(t, []*lint.Rule{&r3}, texts))
				fmt.Printf("REDUNDANT\t%s\t%d\t%d\t%s\n", r.ID, i, alone, p)
			} else {
				fmt.Printf("NEEDED\t%s\t%d\t%d\t%s\n", r.ID, i, len(full)-len(got), p)
			}
		}
	}
}
