package rules

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// The textbook catalogue (testdata/textbook/forms.tsv) holds the textbook
// forms of failed apologies, one sentence per row, each labelled with the
// line rule it shows, and look-alikes ("ok") that must stay clean. Each
// row is linted as a letter of its own, as testdata/textbook/score.sh does.
const minTextbookRecall = 0.95

func TestTextbookForms(t *testing.T) {
	f, err := os.Open("../../../testdata/textbook/forms.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	l := testLinter(t)
	var hits, faults, alarms int
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		row := sc.Text()
		if strings.TrimSpace(row) == "" || strings.HasPrefix(row, "#") {
			continue
		}
		cols := strings.Split(row, "\t")
		if len(cols) != 3 {
			t.Fatalf("forms.tsv: want family<TAB>rule<TAB>text, got %q", row)
		}
		rule, text := cols[1], cols[2]
		got := map[string]bool{}
		for _, fd := range l.Lint("row.md", []byte(text+"\n")) {
			if fd.Line != 0 { // document rules judge letters, not sentences
				got[fd.Rule] = true
			}
		}
		switch {
		case rule == "ok":
			if len(got) > 0 {
				alarms++
				t.Errorf("look-alike flagged %v: %s", keys(got), text)
			}
		case got[rule]:
			faults++
			hits++
		default:
			faults++
			t.Logf("miss %s: %s", rule, text)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	recall := float64(hits) / float64(faults)
	t.Logf("textbook: recall %.3f (%d of %d), %d look-alikes flagged", recall, hits, faults, alarms)
	if recall < minTextbookRecall {
		t.Errorf("recall %.3f < %.2f", recall, minTextbookRecall)
	}
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
