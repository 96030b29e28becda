package render

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// TextWidth is the column plain text is wrapped at, as email bodies are.
const TextWidth = 72

// minWidth keeps deeply nested text readable: it gets at least this many
// columns after its prefixes, even past TextWidth.
const minWidth = 24

// Text writes the letter as plain text for an email body: wrapped at
// TextWidth columns, Markdown syntax removed (emphasis marks dropped, links
// as "text <url>"), paragraphs separated by a blank line, list items kept
// with "-" or their number, quotes with "> ".
func Text(w io.Writer, l *Letter) error {
	t := &textRenderer{src: l.Body}
	lines := t.children(l.parse(), "", "", true)
	if len(lines) == 0 {
		return nil
	}
	_, err := io.WriteString(w, strings.Join(lines, "\n")+"\n")
	return err
}

type textRenderer struct {
	src []byte
}

// children renders n's child blocks. The first line gets prefix first, the
// others rest; loose puts a blank line between blocks.
func (t *textRenderer) children(n ast.Node, first, rest string, loose bool) []string {
	var out []string
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		p := rest
		if len(out) == 0 {
			p = first
		}
		lines := t.block(c, p, rest)
		if len(lines) == 0 {
			continue
		}
		if len(out) > 0 && loose {
			out = append(out, strings.TrimRight(rest, " "))
		}
		out = append(out, lines...)
	}
	return out
}

func (t *textRenderer) block(n ast.Node, first, rest string) []string {
	switch n := n.(type) {
	case *ast.Paragraph, *ast.TextBlock, *ast.Heading:
		return wrap(t.inline(n), first, rest)
	case *ast.ThematicBreak:
		return []string{first + "* * *"}
	case *ast.CodeBlock, *ast.FencedCodeBlock:
		var out []string
		lines := n.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			line := strings.TrimRight(string(seg.Value(t.src)), "\r\n")
			p := rest
			if i == 0 {
				p = first
			}
			out = append(out, strings.TrimRight(p+"    "+line, " \t"))
		}
		return out
	case *ast.HTMLBlock:
		return nil // raw HTML is never passed on
	case *ast.Blockquote:
		return t.children(n, first+"> ", rest+"> ", true)
	case *ast.List:
		return t.list(n, first, rest)
	}
	if n.Kind() == east.KindTable {
		return t.table(n, first, rest)
	}
	return t.children(n, first, rest, true)
}

func (t *textRenderer) list(n *ast.List, first, rest string) []string {
	var out []string
	num := n.Start
	for item := n.FirstChild(); item != nil; item = item.NextSibling() {
		bullet := "- "
		if n.IsOrdered() {
			bullet = fmt.Sprintf("%d. ", num)
			num++
		}
		p := rest
		if len(out) == 0 {
			p = first
		}
		if len(out) > 0 && !n.IsTight {
			out = append(out, strings.TrimRight(rest, " "))
		}
		lines := t.children(item, p+bullet, rest+strings.Repeat(" ", len(bullet)), !n.IsTight)
		if len(lines) == 0 {
			lines = []string{strings.TrimRight(p+bullet, " ")}
		}
		out = append(out, lines...)
	}
	return out
}

// table prints each row as its cells joined by " | ", unwrapped.
func (t *textRenderer) table(n ast.Node, first, rest string) []string {
	var out []string
	for row := n.FirstChild(); row != nil; row = row.NextSibling() {
		var cells []string
		for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
			cells = append(cells, strings.Join(strings.Fields(t.inline(cell)), " "))
		}
		p := rest
		if len(out) == 0 {
			p = first
		}
		out = append(out, strings.TrimRight(p+strings.Join(cells, " | "), " "))
	}
	return out
}

// inline returns the text of n's inline children; hard line breaks are "\n".
func (t *textRenderer) inline(n ast.Node) string {
	var b strings.Builder
	t.inlineTo(&b, n)
	return b.String()
}

func (t *textRenderer) inlineTo(b *strings.Builder, n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			if c.IsRaw() {
				b.Write(c.Segment.Value(t.src))
			} else {
				b.WriteString(resolve(c.Segment.Value(t.src)))
			}
			switch {
			case c.HardLineBreak():
				b.WriteByte('\n')
			case c.SoftLineBreak():
				b.WriteByte(' ')
			}
		case *ast.String:
			if c.IsRaw() {
				b.Write(c.Value)
			} else {
				b.WriteString(resolve(c.Value))
			}
		case *ast.CodeSpan:
			for g := c.FirstChild(); g != nil; g = g.NextSibling() {
				if s, ok := g.(*ast.Text); ok {
					b.WriteString(strings.ReplaceAll(string(s.Segment.Value(t.src)), "\n", " "))
				} else if s, ok := g.(*ast.String); ok {
					b.Write(s.Value)
				}
			}
		case *ast.Link:
			label := strings.TrimSpace(t.inline(c))
			dest := strings.ReplaceAll(resolve(c.Destination), " ", "%20")
			switch {
			case dest == "" || dest == label:
				b.WriteString(label)
			case label == "" || "mailto:"+label == dest:
				b.WriteString("<" + dest + ">")
			default:
				b.WriteString(label + " <" + dest + ">")
			}
		case *ast.AutoLink:
			b.Write(c.Label(t.src))
		case *ast.RawHTML:
			// never passed on
		default: // emphasis, strikethrough, and anything else: their text
			t.inlineTo(b, c)
		}
	}
}

// wrap fills text into lines of at most TextWidth columns, prefixes
// included. "\n" in text is a hard line break; a word longer than a line
// gets a line of its own.
func wrap(text, first, rest string) []string {
	var out []string
	prefix := first
	for _, para := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
		words := strings.FieldsFunc(para, func(r rune) bool { return r == ' ' || r == '\t' })
		if len(words) == 0 {
			if len(out) > 0 { // a hard break on its own: keep the blank line
				out = append(out, strings.TrimRight(prefix, " "))
				prefix = rest
			}
			continue
		}
		line := prefix + words[0]
		width := max(TextWidth, utf8.RuneCountInString(prefix)+minWidth)
		for _, word := range words[1:] {
			if utf8.RuneCountInString(line)+1+utf8.RuneCountInString(word) > width {
				out = append(out, line)
				prefix = rest
				line = prefix + word
				width = max(TextWidth, utf8.RuneCountInString(prefix)+minWidth)
				continue
			}
			line += " " + word
		}
		out = append(out, line)
		prefix = rest
	}
	return out
}
