package render

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"

	"github.com/apology-cli/apology/pkg/email"
)

// Letter is a parsed letter: its YAML front matter and its Markdown body.
type Letter struct {
	// Name says where the letter came from ("letter.md", "<stdin>"); errors
	// about the letter start with it.
	Name string
	// Src is the letter as given, front matter included.
	Src []byte
	// Body is the Markdown after the front matter.
	Body []byte
	// Meta is what the front matter says; empty when there is none.
	Meta Meta
}

// Meta is the front matter the renderer reads. Other keys are allowed and
// ignored (the draft command and people keep their own notes there).
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

// Parse splits src into front matter and body. Front matter is a leading
// block between a "---" line and a "---" or "..." line, as the linter
// reads it; it must be a YAML mapping. Errors name the letter.
func Parse(name string, src []byte) (*Letter, error) {
	l := &Letter{Name: name, Src: src}
	rest := bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	fm, body, ok := splitFrontMatter(rest)
	l.Body = body
	if !ok {
		return l, nil
	}
	meta, err := parseMeta(fm)
	if err != nil {
		return nil, fmt.Errorf("%s: front matter: %w", name, err)
	}
	l.Meta = meta
	return l, nil
}

// splitFrontMatter returns the YAML between the fences and the body after
// them; ok is false when src has no (terminated) front matter.
func splitFrontMatter(src []byte) (fm, body []byte, ok bool) {
	line, next := cutLine(src, 0)
	if next < 0 || trimEOL(line) != "---" {
		return nil, src, false
	}
	for off := next; off < len(src); {
		l, n := cutLine(src, off)
		if s := trimEOL(l); s == "---" || s == "..." {
			return src[next:off], src[n:], true
		}
		off = n
	}
	return nil, src, false
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

var langRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$`) })

func parseMeta(fm []byte) (Meta, error) {
	var m Meta
	var doc yaml.Node
	if err := yaml.Unmarshal(fm, &doc); err != nil {
		if hint := quotedNameHint(fm); hint != "" {
			return m, errors.New(hint)
		}
		return m, cleanYAMLError(err)
	}
	if len(doc.Content) == 0 { // empty front matter
		return m, nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return m, fmt.Errorf("line %d: want \"key: value\" lines", fileLine(root.Line))
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
				err = fmt.Errorf("line %d: lang: %q is not a language tag like \"en\" or \"pt-BR\"", fileLine(v.Line), m.Lang)
			}
		}
		if err != nil {
			return m, err
		}
	}
	return m, nil
}

func scalar(key string, v *yaml.Node) (string, error) {
	if v.Kind == yaml.AliasNode && v.Alias != nil {
		v = v.Alias
	}
	if v.Kind != yaml.ScalarNode {
		return "", fmt.Errorf("line %d: %s: want a single value", fileLine(v.Line), key)
	}
	if v.Tag == "!!null" {
		return "", nil
	}
	return v.Value, nil
}

func stringList(key string, v *yaml.Node) ([]string, error) {
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

// quotedNameRe matches `key: "Name" <address>` (or a list item), which
// YAML reads as a quoted string followed by stray text.
var quotedNameRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\s*(?:-\s+|[A-Za-z]+:\s+)("[^"]*"\s*<[^>]*>)\s*$`) })

// quotedNameHint explains the commonest front matter mistake: a display
// name in double quotes before an address.
func quotedNameHint(fm []byte) string {
	for i, line := range strings.Split(string(fm), "\n") {
		if m := quotedNameRe().FindStringSubmatch(strings.TrimRight(line, "\r")); m != nil {
			return fmt.Sprintf("line %d: a quoted name followed by an address must be quoted as a whole: '%s'", fileLine(i+1), m[1])
		}
	}
	return ""
}

// yamlLineRe finds the line numbers in the YAML library's messages.
var yamlLineRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`line (\d+)`) })

// cleanYAMLError drops the library's "yaml: " prefix and turns its line
// numbers, which count from the first line after "---", into the file's.
func cleanYAMLError(err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	msg = yamlLineRe().ReplaceAllStringFunc(msg, func(s string) string {
		n, _ := strconv.Atoi(s[len("line "):])
		return fmt.Sprintf("line %d", fileLine(n))
	})
	return errors.New(strings.ReplaceAll(msg, "\n", "; "))
}

// fileLine turns a line of the front matter's YAML into a line of the file
// (the "---" fence is line 1).
func fileLine(yamlLine int) int { return yamlLine + 1 }
