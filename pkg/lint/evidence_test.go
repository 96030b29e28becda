package lint

import (
	"context"
	"strings"
	"testing"

	"github.com/apology-cli/apology/pkg/lang"
)

// TestDocumentEvidence: a document rule's Evidence finds its component in
// any sentence of any part, sees the writer's words only (not quoted
// speech), keeps contractions whole and commas, and an Except match in a
// sentence cancels that sentence's evidence.
func TestDocumentEvidence(t *testing.T) {
	var seen []string
	rule := &Rule{
		ID: "missing-plan", Document: true,
		Except: []string{"unless you pay"},
		Evidence: func(ws []lang.Word) bool {
			var b strings.Builder
			for _, w := range ws {
				b.WriteString(w.Lower)
				if w.Comma {
					b.WriteByte(',')
				}
				b.WriteByte(' ')
			}
			seen = append(seen, b.String())
			return strings.Contains(b.String(), "i'll plan")
		},
	}
	l, err := New([]*Rule{rule}, nil)
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("We talked about the weekend and the car.\n\n", 200)
	for _, tt := range []struct {
		src     string
		missing bool
	}{
		{long, true},
		{long + "Next week, I'll plan it.\n", false},
		{"I'll plan it.\n\n" + long, false},
		{"You said \"I'll plan it\" to me.\n", true},
		{"I'll plan it unless you pay.\n", true},
	} {
		for _, pipelined := range []bool{false, true} {
			got, _ := l.lint(context.Background(), "x.md", []byte(tt.src), 100, pipelined)
			missing := len(got) > 0 && got[0].Rule == "missing-plan"
			if missing != tt.missing {
				t.Errorf("%.40q (pipelined %v): missing-plan = %v, want %v", tt.src[len(tt.src)-min(40, len(tt.src)):], pipelined, missing, tt.missing)
			}
		}
	}
	seen = nil
	l.lint(context.Background(), "x.md", []byte("Next week, I'll plan it.\n"), 100, false)
	if len(seen) != 1 || seen[0] != "next week, i'll plan it " {
		t.Errorf("Evidence saw %q, want one sentence with its comma and contraction", seen)
	}
}
