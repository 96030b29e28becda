package render

import (
	"bytes"
	"fmt"
	"html"
	"io"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/apology-cli/apology/pkg/render/gfm"
	"github.com/apology-cli/apology/pkg/source"
)

// markdown is the one goldmark instance every format uses: GFM (tables,
// strikethrough, task lists, bare URLs as links) and Typographer (curly
// quotes, dashes, ellipses). It stays in goldmark's safe mode, so raw HTML
// in a letter is never passed through. It is safe for concurrent use.
// It is built on first use: commands that never render don't pay for it.
// Lists and quotes nest no deeper than source.MaxDepth, which keeps its
// time linear whatever the letter.
var markdown = sync.OnceValue(func() goldmark.Markdown {
	return source.NewMarkdown(
		goldmark.WithExtensions(gfm.GFM, gfm.Typographer),
		goldmark.WithParserOptions(parser.WithASTTransformers(util.Prioritized(mailTransformer{}, 1000))),
		goldmark.WithRendererOptions(renderer.WithNodeRenderers(util.Prioritized(codeRenderer{}, 100))),
	)
})

// parse parses the letter's body.
func (l *Letter) parse() ast.Node {
	return markdown().Parser().Parse(text.NewReader(l.Body))
}

// Inline styles: email clients drop <style> elements and external sheets,
// so each element carries its own style attribute.
const (
	styleBody      = "margin:0;padding:0;background-color:#ffffff"
	styleWrapper   = "max-width:36em;margin:0 auto;padding:24px 16px;font-family:Georgia,'Times New Roman',serif;font-size:17px;line-height:1.6;color:#222222"
	styleHeading   = "font-size:1.25em;line-height:1.3;margin:0 0 0.8em"
	styleParagraph = "margin:0 0 1em"
	styleQuote     = "margin:0 0 1em;padding:0 0 0 1em;border-left:3px solid #cccccc;color:#555555"
	styleList      = "margin:0 0 1em;padding-left:1.5em"
	styleLink      = "color:#1a5fb4"
	styleCode      = "font-family:Menlo,Consolas,monospace;font-size:0.9em"
	stylePre       = "margin:0 0 1em;padding:8px 12px;background-color:#f4f4f4;font-family:Menlo,Consolas,monospace;font-size:0.9em;white-space:pre-wrap"
	styleRule      = "border:0;border-top:1px solid #dddddd;margin:1.5em 0"
	styleTable     = "border-collapse:collapse;margin:0 0 1em"
	styleCell      = "border:1px solid #dddddd;padding:4px 8px"
)

// keepSignOffLines keeps the line breaks of a closing such as "Love,\nSam"
// or "Kind regards,\nChris\nBrightside Plumbing": Markdown would join its
// lines into "Love, Sam". A closing is a short paragraph (two to four
// short lines) whose first line ends in a comma; hard-wrapped prose never
// looks like that, so its soft breaks stay spaces.
func keepSignOffLines(p *ast.Paragraph, src []byte) {
	lines := p.Lines()
	if lines.Len() < 2 || lines.Len() > 4 {
		return
	}
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		if utf8.RuneCount(bytes.TrimSpace(seg.Value(src))) > 40 {
			return
		}
	}
	first := lines.At(0)
	if !bytes.HasSuffix(bytes.TrimSpace(first.Value(src)), []byte(",")) {
		return
	}
	for c := p.FirstChild(); c != nil; c = c.NextSibling() {
		if t, ok := c.(*ast.Text); ok && t.SoftLineBreak() {
			t.SetSoftLineBreak(false)
			t.SetHardLineBreak(true)
		}
	}
}

// mailTransformer makes a parsed letter fit for email: it gives elements
// inline styles, turns images into links (a letter loads nothing from
// elsewhere), drops links whose scheme is not http, https, mailto or tel
// (keeping their text) and turns task list boxes into characters.
type mailTransformer struct{}

func (mailTransformer) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	src := reader.Source()
	var images, links, boxes []ast.Node
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			n.SetAttributeString("style", styleHeading)
		case *ast.Paragraph:
			n.SetAttributeString("style", styleParagraph)
			keepSignOffLines(n, src)
		case *ast.Blockquote:
			n.SetAttributeString("style", styleQuote)
		case *ast.List:
			n.SetAttributeString("style", styleList)
		case *ast.CodeSpan:
			n.SetAttributeString("style", styleCode)
		case *ast.ThematicBreak:
			n.SetAttributeString("style", styleRule)
		case *ast.Image:
			images = append(images, n)
		case *east.TaskCheckBox:
			boxes = append(boxes, n)
		case *ast.Link, *ast.AutoLink:
			links = append(links, n)
		}
		switch n.Kind() {
		case east.KindTable:
			n.SetAttributeString("style", styleTable)
		case east.KindTableCell:
			n.SetAttributeString("style", styleCell)
		}
		return ast.WalkContinue, nil
	})
	// Email clients drop form controls: a task list's boxes become ballot
	// box characters, which every client shows and plain text keeps.
	for _, n := range boxes {
		box := "\u2610 "
		if n.(*east.TaskCheckBox).IsChecked {
			box = "\u2611 "
		}
		n.Parent().ReplaceChild(n.Parent(), n, rawString(box))
	}
	for _, n := range images {
		img := n.(*ast.Image)
		if insideLink(img) { // a link can't hold a link: keep the alt text
			unwrap(img)
			continue
		}
		link := ast.NewLink()
		link.Destination, link.Title = img.Destination, img.Title
		moveChildren(link, img)
		if !link.HasChildren() {
			link.AppendChild(link, rawString(string(img.Destination)))
		}
		img.Parent().ReplaceChild(img.Parent(), img, link)
		links = append(links, link)
	}
	for _, n := range links {
		switch n := n.(type) {
		case *ast.Link:
			if !allowedURL(n.Destination) {
				unwrap(n)
				continue
			}
			n.SetAttributeString("style", styleLink)
		case *ast.AutoLink:
			url := n.URL(src)
			if n.AutoLinkType == ast.AutoLinkEmail {
				url = append([]byte("mailto:"), url...)
			}
			if !allowedURL(url) {
				n.Parent().ReplaceChild(n.Parent(), n, rawString(string(n.Label(src))))
				continue
			}
			n.SetAttributeString("style", styleLink)
		}
	}
}

func insideLink(n ast.Node) bool {
	for p := n.Parent(); p != nil; p = p.Parent() {
		if _, ok := p.(*ast.Link); ok {
			return true
		}
	}
	return false
}

// unwrap replaces n with its children.
func unwrap(n ast.Node) {
	parent := n.Parent()
	for c := n.FirstChild(); c != nil; {
		next := c.NextSibling()
		parent.InsertBefore(parent, n, c)
		c = next
	}
	parent.RemoveChild(parent, n)
}

// moveChildren moves every child of from to the end of to.
func moveChildren(to, from ast.Node) {
	for c := from.FirstChild(); c != nil; {
		next := c.NextSibling()
		to.AppendChild(to, c)
		c = next
	}
}

// rawString is literal text: escaped for HTML, not read as Markdown.
func rawString(s string) *ast.String {
	n := ast.NewString([]byte(s))
	n.SetRaw(true)
	return n
}

var schemeRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^([A-Za-z][A-Za-z0-9+.-]*):`) })

// allowedURL accepts links a letter may carry: web, mail and phone links,
// and links without a scheme. Browsers ignore control characters and
// whitespace inside a scheme, so they are dropped before it is read.
func allowedURL(dest []byte) bool {
	u := resolve(dest)
	u = strings.Map(func(r rune) rune {
		if r <= ' ' || r == 0x7f {
			return -1
		}
		return r
	}, u)
	m := schemeRe().FindStringSubmatch(u)
	if m == nil {
		// No scheme. A colon before any "/", "?" or "#" would still be
		// read as one by some clients: refuse those.
		if i := strings.IndexAny(u, ":/?#"); i >= 0 && u[i] == ':' {
			return false
		}
		return true
	}
	switch strings.ToLower(m[1]) {
	case "http", "https", "mailto", "tel":
		return true
	}
	return false
}

// resolve turns Markdown escapes and HTML entities into the text they stand for.
func resolve(b []byte) string {
	return string(util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(b))))
}

// codeRenderer renders code blocks with an inline style (goldmark's own
// renderer gives <pre> no attributes).
type codeRenderer struct{}

func (codeRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindCodeBlock, renderCode)
	reg.Register(ast.KindFencedCodeBlock, renderCode)
}

func renderCode(w util.BufWriter, source []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		_, _ = w.WriteString("</code></pre>\n")
		return ast.WalkContinue, nil
	}
	_, _ = w.WriteString(`<pre style="` + stylePre + `"><code>`)
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		_, _ = w.Write(util.EscapeHTML(seg.Value(source)))
	}
	return ast.WalkContinue, nil
}

// HTML writes the letter as a standalone HTML5 document that a browser or
// an email client shows as it is: inline styles only, nothing loaded from
// elsewhere, lang and charset set, the title from title. With fragment it
// writes only the body's content, for pasting into another page or mail.
func HTML(w io.Writer, l *Letter, title string, fragment bool) error {
	var body bytes.Buffer
	if err := markdown().Renderer().Render(&body, l.Body, l.parse()); err != nil {
		return fmt.Errorf("%s: %w", l.Name, err)
	}
	if fragment {
		_, err := w.Write(body.Bytes())
		return err
	}
	lang := l.Meta.Lang
	if lang == "" {
		lang = "en"
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, `<!DOCTYPE html>
<html lang="%s">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
</head>
<body style="%s">
<div style="%s">
`, html.EscapeString(lang), html.EscapeString(title), styleBody, styleWrapper)
	b.Write(body.Bytes())
	b.WriteString("</div>\n</body>\n</html>\n")
	_, err := w.Write(b.Bytes())
	return err
}

// headingTitle returns the text of the letter's first level-1 heading, or "".
func (l *Letter) headingTitle(doc ast.Node) string {
	for c := doc.FirstChild(); c != nil; c = c.NextSibling() {
		if h, ok := c.(*ast.Heading); ok && h.Level == 1 {
			t := &textRenderer{src: l.Body}
			title := strings.Map(func(r rune) rune {
				if unicode.IsControl(r) {
					return ' '
				}
				return r
			}, t.inline(h))
			return strings.Join(strings.Fields(title), " ")
		}
	}
	return ""
}
