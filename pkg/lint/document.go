package lint

import (
	"bytes"
	"errors"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"github.com/apology-cli/apology/pkg/frontmatter"
	"github.com/apology-cli/apology/pkg/source"
)

// Document is a letter prepared for the rules: its source, the tokens of
// the writer's own prose, and the inline directives it carries.
type Document struct {
	Src    []byte
	Tokens []Token

	lineStarts []int32    // byte offset of each line's first byte (token offsets are int32 too)
	runeMarks  []runeMark // only when a line is long (see runesBefore)
	bomLen     int
	directives []directive
	nextLine   map[int]*lineDirective // disable-next-line directives by line
	// frontMatter is what is wrong with the front matter, if anything.
	frontMatter *frontmatter.Error
}

// markdown is shared: a goldmark instance is safe for concurrent use and
// costly to build. Plain CommonMark is enough to tell prose from the rest;
// lists and quotes nest no deeper than source.MaxDepth, which keeps the
// parser's time linear whatever the letter. It is built on first use, so
// commands that lint nothing don't pay for it.
var markdown = sync.OnceValue(func() goldmark.Markdown { return source.NewMarkdown() })

// newDocument indexes src's lines and finds where its body starts (after
// a byte order mark and front matter, read by pkg/frontmatter; what is
// wrong with the front matter is kept for a bad-front-matter finding). Its
// tokens are filled in a part at a time (see Linter.Lint).
func newDocument(src []byte) (*Document, int) {
	d := &Document{Src: src}
	d.indexLines()
	if bytes.HasPrefix(src, []byte("\xef\xbb\xbf")) {
		d.bomLen = 3
	}
	_, body, err := frontmatter.Read(src)
	errors.As(err, &d.frontMatter)
	return d, body
}

// part returns a Document over the same source and lines that holds the
// given tokens: what the rules see of one part of a long letter.
func (d *Document) part(tokens []Token) *Document {
	return &Document{Src: d.Src, Tokens: tokens, lineStarts: d.lineStarts, runeMarks: d.runeMarks, bomLen: d.bomLen}
}

// parsed is the prose of one range of a document.
type parsed struct {
	tokens    []Token
	dirs      []directive
	matches   []rawMatch
	sentences int32
}

// parseRange parses src[from:to] as Markdown, tokenizes its prose and
// matches m's patterns in it. The tokens and matches are appended to
// those of scratch (whose slices are reused); token offsets are relative
// to the whole source, token indexes to the range.
func parseRange(src []byte, from, to int, m *matcher, scratch parsed) parsed {
	p := parseProse(src, from, to, m.vocab, scratch.tokens)
	p.matches = m.run(p.tokens, scratch.matches[:0])
	return p
}

// parseProse is parseRange without the matching: the tokens (appended to
// toks[:0]), directives and sentence count of src[from:to].
func parseProse(src []byte, from, to int, vocab *vocabulary, toks []Token) parsed {
	// Segment offsets are relative to the parsed range; the tokenizer adds
	// base so token offsets are relative to the whole source. Prose runs
	// about five bytes a token.
	toks = toks[:0]
	if want := (to-from)/5 + 16; cap(toks) < want {
		toks = make([]Token, 0, want)
	}
	t := &tokenizer{vocab: vocab, tokens: toks, base: int32(from)}
	root := markdown().Parser().Parse(text.NewReader(src[from:to]))
	w := walker{t: t, src: src[from:to], base: from}
	w.blocks(root)
	return parsed{tokens: t.tokens, dirs: w.dirs, sentences: t.sent}
}

// blockBoundaries returns offsets in src[from:] where a new top-level
// block must begin, the first at least every bytes after from and each
// next at least every bytes after the one before: an unindented line after
// a blank one, outside fenced code, HTML comments and the HTML blocks
// that blank lines do not end (<pre>, <script>, <style>, <textarea>,
// <?...?>, <!...>, CDATA). Parsing the ranges between them one at a time
// yields the blocks parsing the whole would, with one difference: a
// reference link whose definition is in another range stays literal text.
func blockBoundaries(src []byte, from, every int) []int {
	var cuts []int
	next := from + every
	var closer []byte // what ends the fence, comment or HTML block we are in
	blank := false
	for off := from; off < len(src); {
		l, _ := lineAt(src, off)
		line := bytes.TrimRight(l.text, "\r")
		trimmed := bytes.TrimLeft(line, " \t")
		inside := closer != nil
		switch {
		case inside:
			if closer[0] == '`' || closer[0] == '~' {
				// A closing fence: at least as long as the opening, alone.
				run := fenceRun(trimmed)
				if len(run) >= len(closer) && run[0] == closer[0] && len(bytes.TrimSpace(trimmed[len(run):])) == 0 {
					closer = nil
				}
			} else if containsFold(line, closer) {
				closer = nil
			}
		case opensFence(trimmed):
			closer = fenceRun(trimmed)
		case off >= next && blank && len(line) > 0 && line[0] != ' ' && line[0] != '\t':
			cuts = append(cuts, off)
			next = off + every
			fallthrough
		default:
			closer = htmlBlockCloser(line, trimmed)
		}
		blank = len(trimmed) == 0 && !inside && closer == nil
		off = l.next
	}
	return cuts
}

// fenceRun returns the run of backticks or tildes b starts with.
func fenceRun(b []byte) []byte {
	n := 0
	for n < len(b) && (b[n] == '`' || b[n] == '~') && b[n] == b[0] {
		n++
	}
	return b[:n]
}

// opensFence reports whether a line (less its indentation) opens fenced
// code: three or more backticks or tildes, and no backtick after
// backticks (that is inline code).
func opensFence(trimmed []byte) bool {
	run := fenceRun(trimmed)
	return len(run) >= 3 && (run[0] == '~' || bytes.IndexByte(trimmed[len(run):], '`') < 0)
}

// htmlBlockCloser returns what ends the HTML block or comment a line
// opens and leaves open, or nil. A comment may open anywhere in the line.
func htmlBlockCloser(line, trimmed []byte) []byte {
	if i := bytes.Index(line, []byte("<!--")); i >= 0 && !bytes.Contains(line[i+4:], []byte("-->")) {
		return []byte("-->")
	}
	if len(line)-len(trimmed) > 3 || len(trimmed) < 2 || trimmed[0] != '<' {
		return nil
	}
	var end []byte
	switch {
	case bytes.HasPrefix(trimmed, []byte("<![CDATA[")):
		end = []byte("]]>")
	case trimmed[1] == '?':
		end = []byte("?>")
	case trimmed[1] == '!' && len(trimmed) > 2 && (trimmed[2]|0x20) >= 'a' && (trimmed[2]|0x20) <= 'z':
		end = []byte(">")
	default:
		for _, tag := range [...]string{"pre", "script", "style", "textarea"} {
			n := 1 + len(tag)
			if len(trimmed) >= n && bytes.EqualFold(trimmed[1:n], []byte(tag)) &&
				(len(trimmed) == n || trimmed[n] == ' ' || trimmed[n] == '\t' || trimmed[n] == '>') {
				end = []byte("</" + tag + ">")
				break
			}
		}
	}
	if end == nil || containsFold(trimmed[2:], end) {
		return nil
	}
	return end
}

// containsFold reports whether b contains the ASCII string sub, ignoring case.
func containsFold(b, sub []byte) bool {
	for i := 0; i+len(sub) <= len(b); i++ {
		if bytes.EqualFold(b[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

type srcLine struct {
	text []byte
	next int
}

func lineAt(b []byte, off int) (srcLine, bool) {
	if off >= len(b) {
		return srcLine{}, false
	}
	i := bytes.IndexByte(b[off:], '\n')
	if i < 0 {
		return srcLine{text: b[off:], next: len(b)}, true
	}
	return srcLine{text: b[off : off+i], next: off + i + 1}, true
}

// walker visits the blocks that hold the writer's prose.
type walker struct {
	t    *tokenizer
	src  []byte
	base int
	dirs []directive
}

func (w *walker) blocks(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c.Kind() {
		case ast.KindParagraph, ast.KindHeading, ast.KindTextBlock:
			w.inlines(c)
			w.t.endBlock()
		case ast.KindBlockquote:
			// The other person's words, quoted back to them.
		case ast.KindCodeBlock, ast.KindFencedCodeBlock, ast.KindThematicBreak:
		case ast.KindHTMLBlock:
			lines := c.Lines()
			for i := 0; i < lines.Len(); i++ {
				seg := lines.At(i)
				w.directives(seg.Start, seg.Stop)
			}
			if hb, ok := c.(*ast.HTMLBlock); ok && hb.HasClosure() {
				seg := hb.ClosureLine
				w.directives(seg.Start, seg.Stop)
			}
		default: // lists, list items and anything else that nests blocks
			w.blocks(c)
		}
	}
}

func (w *walker) inlines(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			w.t.segment(w.src, c.Segment.Start, c.Segment.Stop)
		case *ast.CodeSpan, *ast.AutoLink, *ast.Image:
			// Not the writer's prose; a code span still separates words.
		case *ast.RawHTML:
			for i := 0; i < c.Segments.Len(); i++ {
				seg := c.Segments.At(i)
				w.directives(seg.Start, seg.Stop)
			}
		default: // emphasis, links (their text, not their destination)
			w.inlines(c)
		}
	}
}

func (w *walker) directives(start, stop int) {
	if dir, ok := parseDirective(w.src[start:stop]); ok {
		dir.offset = w.base + start
		w.dirs = append(w.dirs, dir)
	}
}

func (d *Document) indexLines() {
	d.lineStarts = make([]int32, 1, bytes.Count(d.Src, []byte{'\n'})+1)
	longest, start := 0, 0
	for {
		i := bytes.IndexByte(d.Src[start:], '\n')
		if i < 0 {
			break
		}
		longest = max(longest, i)
		start += i + 1
		d.lineStarts = append(d.lineStarts, int32(start))
	}
	if max(longest, len(d.Src)-start) > 2*markStride {
		d.indexRunes()
	}
}

// Position returns the 1-based line and column (in characters) of a byte
// offset. The end of the source is a valid position. It costs a binary
// search and a count of at most a few kilobytes, however long the line:
// a letter typed as one long line has as many findings as any other.
func (d *Document) Position(off int) (line, col int) {
	if off < 0 {
		return 0, 0
	}
	if off > len(d.Src) {
		off = len(d.Src)
	}
	i := sort.Search(len(d.lineStarts), func(i int) bool { return int(d.lineStarts[i]) > off }) - 1
	start := int(d.lineStarts[i])
	if i == 0 && d.bomLen > 0 && off >= d.bomLen {
		start = d.bomLen
	}
	if off-start <= 2*markStride {
		return i + 1, utf8.RuneCount(d.Src[start:off]) + 1
	}
	return i + 1, d.runesBefore(off) - d.runesBefore(start) + 1
}

// markStride is the spacing in bytes of the character counts that
// Position starts from on long lines.
const markStride = 1024

// runeMark is a place where decoding the source from its start begins a
// character, and the number of characters before it.
type runeMark struct{ off, runes int }

// runesBefore returns the number of characters in Src[:off], counted as
// utf8.RuneCount counts them (an invalid byte is one character). Line
// starts begin a character whether decoding starts there or at the top,
// so the difference of two counts is a column.
func (d *Document) runesBefore(off int) int {
	k := off / markStride
	if d.runeMarks[k].off > off {
		k-- // a character straddles k*markStride and off is inside it
	}
	m := d.runeMarks[k]
	return m.runes + utf8.RuneCount(d.Src[m.off:off])
}

// indexRunes records, for every multiple of markStride, the first
// character start at or after it and the characters before that.
func (d *Document) indexRunes() {
	src := d.Src
	d.runeMarks = make([]runeMark, 0, len(src)/markStride+1)
	runes, next := 0, 0
	for i := 0; i < len(src); {
		for i >= next {
			d.runeMarks = append(d.runeMarks, runeMark{off: i, runes: runes})
			next += markStride
		}
		if src[i] < utf8.RuneSelf {
			i++
		} else {
			_, size := utf8.DecodeRune(src[i:])
			i += size
		}
		runes++
	}
	for len(d.runeMarks) <= len(src)/markStride {
		d.runeMarks = append(d.runeMarks, runeMark{off: len(src), runes: runes})
	}
}

// Line returns the 1-based line of a byte offset.
func (d *Document) Line(off int) int {
	l, _ := d.Position(off)
	return l
}

// Phrase returns the source text of tokens [start, end) with whitespace
// runs collapsed (phrases may span a soft line break).
func (d *Document) Phrase(start, end int) string {
	from, to := int(d.Tokens[start].Start), int(d.Tokens[end-1].End)
	return strings.Join(strings.Fields(string(d.Src[from:to])), " ")
}
