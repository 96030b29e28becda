package lint

import (
	"strings"

	"github.com/apology-cli/apology/pkg/lang"
)

// MaxEvidenceWords is how many words of a sentence a document rule's
// Evidence sees: a commitment, an offer or an admission is a clause of
// ordinary length, and a sentence that runs on for pages (a letter typed
// without full stops) is read no further, so the check's cost and memory
// stay proportional to the letter.
const MaxEvidenceWords = 60

// sentenceEvidence runs the Evidence of the rules at idx over each
// sentence of d until each has found its component, and marks present
// those that did. Each sentence is read once, whatever the rules.
// A sentence where the rule has an Except match (a bribe's condition, a
// vow) gives that rule no evidence either.
func (d *Document) sentenceEvidence(rules []*Rule, idx []int, perRule [][]Match, present []bool) {
	var b strings.Builder
	left := len(idx)
	for i := 0; i < len(d.Tokens) && left > 0; {
		sent := d.Tokens[i].Sent
		j := i
		for j < len(d.Tokens) && d.Tokens[j].Sent == sent {
			j++
		}
		b.Reset()
		words, last := 0, int32(-1)
		for k := i; k < j && words < MaxEvidenceWords; k++ {
			t := d.Tokens[k]
			if t.Flags&Quoted != 0 || t.Start == last {
				continue // quoted speech; the second piece of a contraction
			}
			if b.Len() > 0 {
				if t.Flags&CommaBefore != 0 {
					b.WriteByte(',')
				}
				b.WriteByte(' ')
			}
			b.Write(d.Src[t.Start:t.End])
			last = t.Start
			words++
		}
		i = j
		if words == 0 {
			continue
		}
		ws := lang.Words(b.String())
		for _, r := range idx {
			if !present[r] && !exceptIn(d, perRule[r], sent) && rules[r].Evidence(ws) {
				present[r] = true
				left--
			}
		}
	}
}

// exceptIn reports whether one of ms is an Except match in sentence sent.
func exceptIn(d *Document, ms []Match, sent int32) bool {
	for _, m := range ms {
		if m.Except && d.Tokens[m.Start].Sent == sent {
			return true
		}
	}
	return false
}
