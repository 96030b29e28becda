package render

import (
	"fmt"

	"github.com/apology-cli/apology/pkg/frontmatter"
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

// Meta is the front matter the renderer reads (see package frontmatter).
type Meta = frontmatter.Meta

// Parse splits src into front matter and body, as package frontmatter
// reads them for every command; the front matter must be a YAML mapping.
// Errors name the letter.
func Parse(name string, src []byte) (*Letter, error) {
	meta, body, err := frontmatter.Read(src)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return &Letter{Name: name, Src: src, Body: src[body:], Meta: meta}, nil
}
