package lint

import (
	"bytes"
	"context"
	"errors"
	"runtime"
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

	lineStarts []int32    // byte offset of each line's first byte
	runeMarks  []runeMark // only when a line is long (see runesBefore)
	bomLen     int
	directives []directive
	// frontMatter is what is wrong with the front matter, if anything.
	frontMatter *frontmatter.Error
	nextLine    map[int]*lineDirective // disable-next-line directives by line
}

// markdown is shared: a goldmark instance is safe for concurrent use and
// costly to build. Plain CommonMark is enough to tell prose from the rest;
// lists and quotes nest no deeper than source.MaxDepth, which keeps the
// parser's time linear whatever the letter. It is built on first use, so
// commands that lint nothing don't pay for it.
var markdown = sync.OnceValue(func() goldmark.Markdown { return source.NewMarkdown() })

// parseDocument parses src and tokenizes the prose in it. It also returns
// what m's patterns match in the prose. It stops with ctx's error when ctx
// is done.
func parseDocument(ctx context.Context, src []byte, m *matcher) (*Document, []rawMatch, error) {
	d := &Document{Src: src}
	d.indexLines()
	if bytes.HasPrefix(src, []byte("\xef\xbb\xbf")) {
		d.bomLen = 3
	}
	_, body, fmErr := frontmatter.Read(src)
	errors.As(fmErr, &d.frontMatter)

	// Prose runs about five bytes a token. One array holds the tokens of
	// the whole document, so they are never copied to a bigger one.
	tokens := make([]Token, 0, (len(src)-body)/5+32)

	// A long document is parsed as two halves on two cores, split where a
	// new top-level block must begin, so both halves hold the same blocks
	// the whole would. (One difference: a reference link whose definition
	// is in the other half stays literal text, and its label is linted.)
	split := -1
	if len(src)-body >= parallelMin && runtime.GOMAXPROCS(0) > 1 {
		split = blockBoundary(src, body, body+(len(src)-body)/2)
	}
	var p parsed
	var err error
	if split < 0 {
		p, err = parseRange(ctx, src, body, len(src), tokens, m)
	} else {
		p, err = parseHalves(ctx, src, body, split, tokens, m)
	}
	if err != nil {
		return nil, nil, err
	}
	d.Tokens, d.directives = p.tokens, p.dirs
	d.indexNextLine()
	return d, p.matches, nil
}

// parseHalves parses and matches src[from:split] and src[split:]
// concurrently and joins them as if parsed whole. No match crosses the
// split: matches end with their sentence, and sentences with their block.
// The halves tokenize into the two ends of tokens and the second's are
// moved down after the first's, so no second array is needed.
func parseHalves(ctx context.Context, src []byte, from, split int, tokens []Token, m *matcher) (parsed, error) {
	cut := min(cap(tokens), (split-from)/5+16)
	var second parsed
	var secondErr error
	done := make(chan struct{})
	go func() {
		second, secondErr = parseRange(ctx, src, split, len(src), tokens[cut:cut], m)
		close(done)
	}()
	first, err := parseRange(ctx, src, from, split, tokens[:0:cut], m)
	<-done
	if err == nil {
		err = secondErr
	}
	if err != nil {
		return parsed{}, err
	}
	shift := int32(len(first.tokens))
	for i := range second.tokens {
		second.tokens[i].Sent += first.sentences
	}
	for i := range second.matches {
		second.matches[i].start += shift
		second.matches[i].end += shift
	}
	joined := first.tokens
	if len(first.tokens) == 0 || &first.tokens[0] == &tokens[:1][0] {
		// Still in place: the second half's tokens move down within the
		// array (append copies as memmove does, overlap and all).
		joined = tokens[:len(first.tokens)]
	}
	return parsed{
		tokens:    append(joined, second.tokens...),
		dirs:      append(first.dirs, second.dirs...),
		matches:   append(first.matches, second.matches...),
		sentences: first.sentences + second.sentences,
	}, nil
}

// parallelMin is the body size from which parsing is split in two: below
// it, a goroutine costs more than it saves.
const parallelMin = 128 << 10

// chunkSize is about how much of a document goldmark parses at once. The
// parse tree of a chunk is dropped once its prose is tokenized, so memory
// holds one chunk's tree rather than the document's, and an interrupt is
// noticed between chunks.
var chunkSize = 64 << 10 // a variable for tests

// parsed is the prose of one range of a document.
type parsed struct {
	tokens    []Token
	dirs      []directive
	matches   []rawMatch
	sentences int32
}

// parseRange parses src[from:to] as Markdown, a chunk of blocks at a
// time, tokenizes its prose onto tokens and matches m's patterns in it.
// Chunks end where a new top-level block must begin, so they hold the
// blocks the whole range would. It stops with ctx's error when ctx is done.
func parseRange(ctx context.Context, src []byte, from, to int, tokens []Token, m *matcher) (parsed, error) {
	t := &tokenizer{vocab: m.vocab, tokens: tokens}
	var dirs []directive
	var matches []rawMatch
	for start := from; start < to; {
		if err := ctx.Err(); err != nil {
			return parsed{}, err
		}
		end := to
		if to-start > chunkSize {
			if b := blockBoundary(src[:to], start, start+chunkSize); b > 0 {
				end = b
			}
		}
		// Segment offsets are relative to the chunk; the tokenizer adds
		// base so token offsets are relative to the whole source.
		t.base = int32(start)
		root := markdown().Parser().Parse(text.NewReader(src[start:end]))
		w := walker{t: t, src: src[start:end], base: start, dirs: dirs}
		done := len(t.tokens)
		w.blocks(root)
		dirs = w.dirs
		n := len(matches)
		matches = m.run(t.tokens[done:], matches)
		for i := n; i < len(matches); i++ {
			matches[i].start += int32(done)
			matches[i].end += int32(done)
		}
		start = end
	}
	return parsed{tokens: t.tokens, dirs: dirs, matches: matches, sentences: t.sent}, nil
}

// blockBoundary returns the offset of a line at or after mid (and before
// the end) that must start a new top-level block: an unindented line
// after a blank one, outside fenced code and HTML comments. -1 if none.
func blockBoundary(src []byte, from, mid int) int {
	inFence, inComment := false, false
	var fence byte
	blank := false
	for off := from; off < len(src); {
		l, _ := lineAt(src, off)
		line := bytes.TrimRight(l.text, "\r")
		trimmed := bytes.TrimLeft(line, " \t")
		switch {
		case inComment:
			if bytes.Contains(line, []byte("-->")) {
				inComment = false
			}
		case inFence:
			if len(trimmed) >= 3 && trimmed[0] == fence && bytes.Count(trimmed[:3], []byte{fence}) == 3 {
				inFence = false
			}
		case bytes.HasPrefix(trimmed, []byte("```")) || bytes.HasPrefix(trimmed, []byte("~~~")):
			inFence, fence = true, trimmed[0]
		case bytes.Contains(line, []byte("<!--")) && !bytes.Contains(line[bytes.Index(line, []byte("<!--")):], []byte("-->")):
			inComment = true
		case off >= mid && blank && len(line) > 0 && line[0] != ' ' && line[0] != '\t':
			return off
		}
		blank = len(trimmed) == 0 && !inFence && !inComment
		off = l.next
	}
	return -1
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
	for i, c := range d.Src {
		if c == '\n' {
			longest = max(longest, i-start)
			start = i + 1
			d.lineStarts = append(d.lineStarts, int32(start))
		}
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
