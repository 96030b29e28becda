// Package render turns an apology letter (Markdown with optional YAML front
// matter) into what leaves the tool: the Markdown itself, a standalone HTML
// document or fragment, plain text wrapped for an email body, or a complete
// RFC 5322 email message (package email).
//
// `apology render` and `apology draft --format` both call it:
//
//	l, err := render.Parse("letter.md", src) // or the drafted letter's bytes
//	if err != nil { ... }
//	err = render.Format(w, "eml", l, render.Options{
//		Headers:  email.Headers{To: toFlag, From: fromFlag, Cc: ccFlag, Subject: subjectFlag},
//		Defaults: email.Headers{Subject: fromAnswers}, // draft: what the answers say
//		DefaultsFrom: "answers file a.yaml",
//	})
//
// Mail headers come from Options.Headers (the command-line flags) first,
// then the letter's front matter (to, from, cc, subject), then
// Options.Defaults. The subject also titles the HTML document; without one
// the letter's first "# heading" is used, and then "An apology".
//
// Format writes nothing when it fails, so a caller may hand it a file or
// standard output directly. Every format parses the Markdown with one shared
// goldmark instance in its safe mode: raw HTML in a letter never comes out.
package render

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/apology-cli/apology/pkg/email"
)

// Formats are the output formats, in the order help text lists them.
var Formats = []string{"md", "html", "text", "eml"}

// DefaultTitle titles a letter with no subject and no heading.
const DefaultTitle = "An apology"

// Options adjust Format.
type Options struct {
	// Fragment makes html print the body's content only, no document.
	Fragment bool
	// Headers are values given on the command line (--to, --from, --cc,
	// --subject); they win over the front matter. Date and MessageID are
	// generated when zero (tests set them).
	Headers email.Headers
	// Defaults are used where neither Headers nor the front matter have a
	// value (the draft command's answers).
	Defaults email.Headers
	// DefaultsFrom names where Defaults came from, for error messages.
	DefaultsFrom string
}

// Format writes the letter in the named format (one of Formats).
func Format(w io.Writer, format string, l *Letter, opts Options) error {
	var buf bytes.Buffer
	var err error
	switch format {
	case "md":
		buf.Write(l.Src)
	case "html":
		err = HTML(&buf, l, l.Subject(opts), opts.Fragment)
	case "text":
		err = Text(&buf, l)
	case "eml":
		err = Email(&buf, l, opts)
	default:
		return fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats, ", "))
	}
	if err != nil {
		return err
	}
	_, err = w.Write(buf.Bytes())
	return err
}

// Subject is the letter's subject: from opts.Headers, the front matter,
// opts.Defaults, the first level-1 heading, or DefaultTitle.
func (l *Letter) Subject(opts Options) string {
	for _, s := range []string{opts.Headers.Subject, l.Meta.Subject, opts.Defaults.Subject} {
		if s = strings.Join(strings.Fields(s), " "); s != "" {
			return s
		}
	}
	if s := l.headingTitle(l.parse()); s != "" {
		return s
	}
	return DefaultTitle
}

// Email writes the letter as an email message: the Text rendering as the
// text/plain part and the HTML document as the text/html part. Header
// values are checked source by source, so an error names the flag or the
// front matter key that holds the bad value.
func Email(w io.Writer, l *Letter, opts Options) error {
	defaultsFrom := opts.DefaultsFrom
	if defaultsFrom == "" {
		defaultsFrom = "defaults"
	}
	front := l.Meta.Headers()
	sources := []struct {
		h     email.Headers
		label func(field string) string
	}{
		{opts.Headers, func(f string) string { return "--" + strings.ToLower(f) }},
		{front, func(f string) string { return fmt.Sprintf("%s: front matter %q", l.Name, strings.ToLower(f)) }},
		{opts.Defaults, func(f string) string { return defaultsFrom + ": " + strings.ToLower(f) }},
	}
	// A line break is refused wherever it is, even in a value another
	// source overrides: it can only be an attempt to add headers.
	for _, s := range sources {
		if err := s.h.CheckText(); err != nil {
			return labelError(err, s.label)
		}
	}
	h := opts.Headers.Or(front).Or(opts.Defaults)
	h.Subject = l.Subject(opts)
	// The rest is checked on the values used, named by where they came from.
	if err := h.Validate(); err != nil {
		var fe *email.FieldError
		if errors.As(err, &fe) {
			for i, s := range sources {
				if v := field(s.h, fe.Field); strings.TrimSpace(v) != "" {
					if i == 1 && !strings.Contains(v, "@") { // a name, as drafts write
						return fmt.Errorf("%s: %q is a name, not an email address: write \"%s <address>\", or give --%s",
							s.label(fe.Field), v, strings.TrimSpace(v), strings.ToLower(fe.Field))
					}
					return labelError(err, s.label)
				}
			}
		}
		return err
	}

	var text, html bytes.Buffer
	if err := Text(&text, l); err != nil {
		return err
	}
	if err := HTML(&html, l, h.Subject, false); err != nil {
		return err
	}
	err := email.Write(w, h, text.Bytes(), html.Bytes())
	var fe *email.FieldError
	if errors.As(err, &fe) && errors.Is(fe.Err, email.ErrMissing) {
		return fmt.Errorf("%s: no %q address: give --%s, or %q in the letter's front matter",
			l.Name, fe.Field, strings.ToLower(fe.Field), strings.ToLower(fe.Field)+":")
	}
	return err
}

// labelError names the source of a *email.FieldError.
func labelError(err error, label func(field string) string) error {
	var fe *email.FieldError
	if errors.As(err, &fe) {
		return fmt.Errorf("%s: %w", label(fe.Field), fe.Err)
	}
	return err
}

// field returns one header's value.
func field(h email.Headers, name string) string {
	switch name {
	case "From":
		return h.From
	case "To":
		return h.To
	case "Cc":
		return h.Cc
	case "Subject":
		return h.Subject
	case "Message-ID":
		return h.MessageID
	}
	return ""
}
