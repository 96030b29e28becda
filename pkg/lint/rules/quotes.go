package rules

import "github.com/apology-cli/apology/pkg/lint"

// reportUnquoted is the Run of the line rules: it reports every phrase
// match, except those inside quotation marks. Quoted words are someone's
// speech reported in the letter ("You said I 'always make it about me'",
// `I told you "it was just a joke", and it wasn't`), not the writer's own
// claim, just as a blockquote is not.
func reportUnquoted(p *lint.Pass) {
	for _, m := range p.Positive() {
		if !quoted(p.Doc, m.Start) {
			p.ReportMatch(m)
		}
	}
}

// quoted reports whether token i lies inside quotation marks opened
// earlier in its paragraph (the tokenizer tracks them; see lint.Quoted).
func quoted(d *lint.Document, i int) bool { return d.Tokens[i].Flags&lint.Quoted != 0 }
