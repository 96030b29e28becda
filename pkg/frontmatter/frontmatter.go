// Package frontmatter reads the YAML front matter of a letter: a block at
// the top between a "---" line and a "---" or "..." line. It is the one
// reader of front matter in the program, so `apology lint` skips exactly
// what `apology render` reads, and refuses what render refuses.
package frontmatter

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"

	"github.com/apology-cli/apology/pkg/email"
	"github.com/apology-cli/apology/pkg/yamlerr"
)

// bom is the UTF-8 byte order mark some editors put at the top of a file.
var bom = []byte("\xef\xbb\xbf")

// Block is where a letter's front matter is.
type Block struct {
	// YAML is the text between the fences; Line is the letter's line
	// number of its first line (the opening fence is the line before).
	YAML []byte
	Line int
	// Start is the offset of the opening fence (after a byte order
	// mark), End the offset just after the closing fence's line, where
	// the Markdown body begins.
	Start, End int
}

// Find returns the front matter at the top of src. ok is false when there
// is none: the first line (after a byte order mark) is not "---", or no
// closing line follows, and then the "---" is Markdown, not front matter.
func Find(src []byte) (b Block, ok bool) {
	start := 0
	if bytes.HasPrefix(src, bom) {
		start = len(bom)
	}
	line, next := cutLine(src, start)
	if next < 0 || trimEOL(line) != "---" {
		return Block{}, false
	}
	for off := next; off < len(src); {
		l, n := cutLine(src, off)
		if s := trimEOL(l); s == "---" || s == "..." {
			return Block{YAML: src[next:off], Line: 2, Start: start, End: n}, true
		}
		off = n
	}
	return Block{}, false
}

// BodyStart is the offset of the letter's Markdown: after the front
// matter if there is some, else after a byte order mark.
func BodyStart(src []byte) int {
	if b, ok := Find(src); ok {
		return b.End
	}
	if bytes.HasPrefix(src, bom) {
		return len(bom)
	}
	return 0
}

// cutLine returns the line at off (without "\n") and the offset after it;
// next is -1 when off is past the end.
func cutLine(b []byte, off int) (line []byte, next int) {
	if off >= len(b) {
		return nil, -1
	}
	i := bytes.IndexByte(b[off:], '\n')
	if i < 0 {
		return b[off:], len(b)
	}
	return b[off : off+i], off + i + 1
}

func trimEOL(b []byte) string { return strings.TrimRight(string(b), " \t\r") }

// Meta is what the front matter says that the program reads. Other keys
// are allowed and ignored (the draft command and people keep their own
// notes there).
type Meta struct {
	To      []string // a string or a list of strings
	Cc      []string
	From    string
	Subject string
	Lang    string // BCP 47 tag for the html lang attribute; default "en"
}

// Headers returns the front matter's mail headers.
func (m Meta) Headers() email.Headers {
	return email.Headers{
		From:    m.From,
		To:      strings.Join(m.To, ", "),
		Cc:      strings.Join(m.Cc, ", "),
		Subject: m.Subject,
	}
}

// Error is a mistake in a letter's front matter, at a line of the letter.
type Error struct {
	Line int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("front matter: line %d: %s", e.Line, e.Msg) }

// Read finds and reads src's front matter. It returns what it says (zero
// when there is none) and the offset of the Markdown body. A front matter
// that is not YAML, not a mapping, or holds a value of the wrong shape is
// an *Error naming the line.
func Read(src []byte) (Meta, int, error) {
	b, ok := Find(src)
	if !ok {
		return Meta{}, BodyStart(src), nil
	}
	m, err := parse(b)
	if err != nil {
		return Meta{}, b.End, err
	}
	return m, b.End, nil
}

var langRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$`) })

// parse reads the YAML of b. Lines in errors are the letter's.
func parse(b Block) (Meta, error) {
	var m Meta
	at := func(yamlLine int, format string, args ...any) *Error {
		line := b.Line - 1 // no place in the YAML: the opening fence
		if yamlLine > 0 {
			line = b.Line + yamlLine - 1
		}
		return &Error{Line: line, Msg: fmt.Sprintf(format, args...)}
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(b.YAML, &doc); err != nil {
		if line, hint := quotedNameHint(b.YAML); hint != "" {
			return m, at(line, "%s", hint)
		}
		line, msg := yamlerr.Locate(err, b.YAML)
		return m, at(line, "not valid YAML: %s", msg)
	}
	if len(doc.Content) == 0 { // empty front matter
		return m, nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return m, at(root.Line, "want \"key: value\" lines")
	}
	scalar := func(key string, v *yaml.Node) (string, error) {
		if v.Kind == yaml.AliasNode && v.Alias != nil {
			v = v.Alias
		}
		if v.Kind != yaml.ScalarNode {
			return "", at(v.Line, "%s: want a single value", key)
		}
		if v.Tag == "!!null" {
			return "", nil
		}
		return v.Value, nil
	}
	stringList := func(key string, v *yaml.Node) ([]string, error) {
		if v.Kind == yaml.AliasNode && v.Alias != nil {
			v = v.Alias
		}
		if v.Kind != yaml.SequenceNode {
			s, err := scalar(key, v)
			if err != nil || s == "" {
				return nil, err
			}
			return []string{s}, nil
		}
		var out []string
		for _, item := range v.Content {
			s, err := scalar(key, item)
			if err != nil {
				return nil, err
			}
			if s != "" {
				out = append(out, s)
			}
		}
		return out, nil
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		var err error
		switch k.Value {
		case "to":
			m.To, err = stringList(k.Value, v)
		case "cc":
			m.Cc, err = stringList(k.Value, v)
		case "from":
			m.From, err = scalar(k.Value, v)
		case "subject":
			m.Subject, err = scalar(k.Value, v)
		case "lang":
			m.Lang, err = scalar(k.Value, v)
			if err == nil && m.Lang != "" && !langRe().MatchString(m.Lang) {
				err = at(v.Line, "lang: %q is not a language tag like \"en\" or \"pt-BR\"", m.Lang)
			}
		}
		if err != nil {
			return m, err
		}
	}
	return m, nil
}

// quotedNameRe matches `key: "Name" <address>` (or a list item), which
// YAML reads as a quoted string followed by stray text.
var quotedNameRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^\s*(?:-\s+|[A-Za-z]+:\s+)("[^"]*"\s*<[^>]*>)\s*$`)
})

// quotedNameHint explains the commonest front matter mistake: a display
// name in double quotes before an address. line counts the YAML's lines.
func quotedNameHint(fm []byte) (line int, hint string) {
	for i, l := range strings.Split(string(fm), "\n") {
		if m := quotedNameRe().FindStringSubmatch(strings.TrimRight(l, "\r")); m != nil {
			return i + 1, fmt.Sprintf("a quoted name followed by an address must be quoted as a whole: '%s'", m[1])
		}
	}
	return 0, ""
}
