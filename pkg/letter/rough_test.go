package letter_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apology-cli/apology/pkg/lang"
	"github.com/apology-cli/apology/pkg/letter"
	"github.com/apology-cli/apology/templates"
)

// roughDirs hold answer sets typed the way people type on a phone.
var roughDirs = []string{"../../testdata/answers-rough", "../../testdata/answers-rough2", "../../testdata/answers-rough3", "../../testdata/answers-rough4"}

// draftRough drafts every rough answer set in both tones with the
// built-in templates and returns the letters by set and tone.
func draftRough(t *testing.T) (map[string]*letter.Letter, map[string]*letter.Answers) {
	t.Helper()
	out := map[string]*letter.Letter{}
	given := map[string]*letter.Answers{}
	dirs := roughDirs
	if d := os.Getenv("APOLOGY_ROUGH_DIR"); d != "" {
		dirs = []string{d} // a new set, scored by testdata/draftscore.sh
	}
	for _, dir := range dirs {
		paths, _ := filepath.Glob(filepath.Join(dir, "*.yaml"))
		if len(paths) == 0 {
			t.Fatalf("no answer sets in %s", dir)
		}
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			a, err := letter.ParseAnswers(p, b)
			if err != nil {
				t.Fatal(err)
			}
			for _, tone := range letter.Tones {
				v := *a
				v.Tone = tone
				tm, err := templates.Lookup(letter.TemplateFor(v.Relationship), "", "")
				if err != nil {
					t.Fatal(err)
				}
				tmpl, err := letter.Parse(tm)
				if err != nil {
					t.Fatal(err)
				}
				l, err := letter.Compose(tmpl, &v)
				if err != nil {
					t.Errorf("%s (%s): %v", p, tone, err)
					continue
				}
				out[filepath.Base(p)+" "+tone] = l
				given[filepath.Base(p)+" "+tone] = &v
			}
		}
	}
	return out, given
}

// bodySentences are a letter's sentences: the greeting and the sign-off
// (the lines after the closing paragraph) are not sentences; list items
// are.
func bodySentences(body string) (sentences []string, closing string) {
	paras := strings.Split(strings.TrimSpace(body), "\n\n")
	if len(paras) < 3 {
		return nil, ""
	}
	paras = paras[1 : len(paras)-1] // greeting, sign-off
	closing = paras[len(paras)-1]
	for _, p := range paras {
		for _, line := range strings.Split(p, "\n") {
			line = strings.TrimPrefix(line, "- ")
			if strings.HasSuffix(line, ":") {
				line = strings.TrimSuffix(line, ":") + "."
			}
			for _, s := range splitSentences(line) {
				sentences = append(sentences, s)
			}
		}
	}
	return sentences, closing
}

func splitSentences(text string) []string {
	var out []string
	start := 0
	for i := 0; i < len(text); i++ {
		if strings.IndexByte(".!?", text[i]) >= 0 && (i+1 == len(text) || text[i+1] == ' ') {
			out = append(out, strings.TrimSpace(text[start:i+1]))
			start = i + 1
		}
	}
	if s := strings.TrimSpace(text[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// TestRoughAnswersReadAsEnglish drafts every rough answer set in both
// tones and reads every sentence with lang.CheckSentence: each has a
// finite verb, nothing follows "will" or "to" that can't, nothing done is
// promised, no shorthand is left. The letters must pass the lint rules
// too, as `apology draft` requires.
func TestRoughAnswersReadAsEnglish(t *testing.T) {
	letters, given := draftRough(t)
	c := newChecker(t)
	bad := 0
	for name, l := range letters {
		ss, _ := bodySentences(l.Body)
		if len(ss) < 5 {
			t.Errorf("%s: only %d sentences:\n%s", name, len(ss), l.Body)
		}
		for _, s := range ss {
			for _, p := range lang.CheckSentence(s) {
				bad++
				t.Errorf("%s: %s\n\t%s", name, p.Msg, s)
			}
		}
		// A finding in the letter must come from an answer the rules
		// flag on its own, as `apology draft` reports it.
		flagged := map[string]bool{}
		answerFindings, err := c.Answers(given[name])
		if err != nil {
			t.Errorf("%s: %v", name, err)
		}
		for _, f := range answerFindings {
			flagged[f.Rule] = true
		}
		for _, f := range c.Letter(name, []byte(l.Markdown())) {
			if !flagged[f.Rule] {
				t.Errorf("%s: the letter is flagged %s (%s), no answer is", name, f.Rule, f.Message)
			}
		}
	}
	t.Logf("%d letters, %d broken sentences", len(letters), bad)
}

// TestRoughLettersDiffer checks that no sentence outside the closing
// paragraph stands in letters drafted from two different answer sets:
// stock sentences are what make a drafted letter read as a form.
func TestRoughLettersDiffer(t *testing.T) {
	letters, given := draftRough(t)
	where := map[string]string{} // sentence -> the answer set it first came from
	repeats := map[string]bool{}
	for name, l := range letters {
		set, _, _ := strings.Cut(name, " ")
		a := given[name]
		typed := strings.ToLower(lang.Normalize(strings.Join([]string{a.WhatIDid, a.Impact, a.Why, a.Repair, strings.Join(a.Changes, " "), a.OwnWords}, " ")))
		ss, closing := bodySentences(l.Body)
		for _, s := range ss {
			if strings.Contains(closing, s) {
				continue
			}
			// Two writers may type the same words ("I'm so sorry"): a
			// sentence the writer typed is theirs, not the template's.
			if strings.Contains(typed, strings.ToLower(strings.TrimRight(s, ".!?"))) {
				continue
			}
			// The same with a lead-in the letter put before it ("Going
			// forward, ..."): the sentence's words are the writer's.
			if lead, rest, ok := strings.Cut(s, ", "); ok && len(strings.Fields(lead)) <= 6 && strings.Contains(typed, strings.ToLower(strings.TrimRight(rest, ".!?"))) {
				continue
			}
			if first, ok := where[s]; ok && first != set {
				repeats[s] = true
			} else if !ok {
				where[s] = set
			}
		}
	}
	for s := range repeats {
		t.Errorf("stands in letters from different answers: %q", s)
	}
	t.Logf("%d letters, %d distinct sentences, %d repeated across answer sets", len(letters), len(where), len(repeats))
}
