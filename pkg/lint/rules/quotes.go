package rules

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"github.com/apology-cli/apology/pkg/lint"
)

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
// earlier in its paragraph. Straight and curly double quotes count, and
// single quotes when they cannot be apostrophes: an opening one follows a
// non-letter and precedes a letter; a closing one follows a letter or
// punctuation and precedes a non-letter.
func quoted(d *lint.Document, i int) bool {
	end := int(d.Tokens[i].Start)
	from := paragraphStart(d.Src, end)
	var straight bool
	var curly, curlySingle, single int
	for k := from; k < end; {
		r, size := utf8.DecodeRune(d.Src[k:])
		switch r {
		case '"':
			straight = !straight
		case '\u201c':
			curly++
		case '\u201d':
			if curly > 0 {
				curly--
			}
		case '\u2018':
			if !letterBefore(d.Src, k) {
				curlySingle++
			}
		case '\u2019':
			if curlySingle > 0 && !letterAt(d.Src, k+size) {
				curlySingle--
			}
		case '\'':
			before, after := letterBefore(d.Src, k), letterAt(d.Src, k+size)
			switch {
			case !before && after:
				single++
			case before && !after && single > 0:
				single--
			}
		}
		k += size
	}
	return straight || curly > 0 || curlySingle > 0 || single > 0
}

// paragraphStart returns the offset of the first line after the last
// blank line before end, or 0.
func paragraphStart(src []byte, end int) int {
	lineEnd := bytes.LastIndexByte(src[:end], '\n') // ends the line before
	for lineEnd >= 0 {
		lineStart := bytes.LastIndexByte(src[:lineEnd], '\n') + 1
		if len(bytes.TrimSpace(src[lineStart:lineEnd])) == 0 {
			return lineEnd + 1
		}
		lineEnd = lineStart - 1
	}
	return 0
}

func letterAt(src []byte, k int) bool {
	if k >= len(src) {
		return false
	}
	r, _ := utf8.DecodeRune(src[k:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func letterBefore(src []byte, k int) bool {
	if k == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRune(src[:k])
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == ',' || r == '!' || r == '?'
}
