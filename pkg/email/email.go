// Package email builds an apology as an RFC 5322 message that a mail
// program accepts as it is (`sendmail -t`, `msmtp -t`): a
// multipart/alternative body with a text/plain part first and a text/html
// part last, both UTF-8 quoted-printable, non-ASCII header text as RFC 2047
// encoded words, and CRLF line endings throughout.
//
// Header values are never trusted: a CR or LF in any of them is rejected
// (ErrLineBreak), not encoded, so a letter or a flag cannot add headers or
// recipients. Addresses are parsed with net/mail.
//
// Only the standard library is used: net/mail parses addresses,
// mime/multipart and mime/quotedprintable write the body, and the few
// headers are written and folded here.
package email

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"net/textproto"
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// Headers are the values a message is addressed with. From, To and Cc
// hold RFC 5322 address lists ("Sam <sam@example.com>, kim@example.com").
// Date and MessageID are generated when zero; tests set them to get the
// same bytes every run.
type Headers struct {
	From    string
	To      string
	Cc      string
	Subject string

	Date      time.Time
	MessageID string // "<id@domain>"
}

// Or returns h with every empty field taken from fallback, so sources of
// header values can be layered: flags.Or(frontMatter).Or(answers).
func (h Headers) Or(fallback Headers) Headers {
	pick := func(a, b string) string {
		if strings.TrimSpace(a) != "" {
			return a
		}
		return b
	}
	h.From = pick(h.From, fallback.From)
	h.To = pick(h.To, fallback.To)
	h.Cc = pick(h.Cc, fallback.Cc)
	h.Subject = pick(h.Subject, fallback.Subject)
	h.MessageID = pick(h.MessageID, fallback.MessageID)
	if h.Date.IsZero() {
		h.Date = fallback.Date
	}
	return h
}

// ErrLineBreak is a CR or LF in a header value: it could smuggle in
// headers or recipients, so it is refused rather than encoded.
var ErrLineBreak = errors.New("contains a line break (CR or LF), which is not allowed in a mail header")

// ErrMissing is a required header (From or To) with no value.
var ErrMissing = errors.New("missing")

// FieldError names the header whose value is wrong.
type FieldError struct {
	Field string // "From", "To", "Cc", "Subject" or "Message-ID"
	Err   error
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Err.Error() }
func (e *FieldError) Unwrap() error { return e.Err }

// Validate checks the values that are set: no line breaks or other
// control characters, well-formed address lists (one address in From),
// a well-formed Message-ID. Empty fields pass; Write requires From and To.
func (h Headers) Validate() error {
	_, err := h.parse()
	return err
}

// parsed holds header values ready to be written.
type parsed struct {
	from    *mail.Address
	to, cc  []*mail.Address
	subject string
}

// CheckText checks only that no value holds a line break or another
// control character, so a caller can refuse an injection attempt even in a
// value another source overrides.
func (h Headers) CheckText() error {
	for _, f := range []struct{ name, v string }{
		{"From", h.From}, {"To", h.To}, {"Cc", h.Cc}, {"Subject", h.Subject}, {"Message-ID", h.MessageID},
	} {
		if err := checkText(f.v); err != nil {
			return &FieldError{f.name, err}
		}
	}
	return nil
}

func (h Headers) parse() (*parsed, error) {
	if err := h.CheckText(); err != nil {
		return nil, err
	}
	p := &parsed{subject: strings.Join(strings.Fields(h.Subject), " ")}
	from, err := parseList(h.From)
	if err != nil {
		return nil, &FieldError{"From", err}
	}
	switch len(from) {
	case 0:
	case 1:
		p.from = from[0]
	default:
		return nil, &FieldError{"From", fmt.Errorf("%q: give one address, not %d", h.From, len(from))}
	}
	if p.to, err = parseList(h.To); err != nil {
		return nil, &FieldError{"To", err}
	}
	if p.cc, err = parseList(h.Cc); err != nil {
		return nil, &FieldError{"Cc", err}
	}
	if h.MessageID != "" && !messageIDRe().MatchString(h.MessageID) {
		return nil, &FieldError{"Message-ID", fmt.Errorf("%q is not of the form <id@domain>", h.MessageID)}
	}
	return p, nil
}

// checkText refuses line breaks and other control characters (a tab is
// allowed: it is whitespace in a header).
func checkText(s string) error {
	if strings.ContainsAny(s, "\r\n") {
		return ErrLineBreak
	}
	if !utf8.ValidString(s) {
		return errors.New("is not valid UTF-8")
	}
	for _, r := range s {
		if r < ' ' && r != '\t' || r == 0x7f || r >= 0x80 && r < 0xa0 {
			return fmt.Errorf("contains the control character %U", r)
		}
	}
	return nil
}

// parseList parses an address list; "" is an empty list.
func parseList(s string) ([]*mail.Address, error) {
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	list, err := mail.ParseAddressList(s)
	if err != nil {
		return nil, fmt.Errorf("%q is not an email address list: %s", s, strings.TrimPrefix(err.Error(), "mail: "))
	}
	for _, a := range list {
		for _, r := range a.Address {
			if r >= utf8.RuneSelf {
				return nil, fmt.Errorf("%q: addresses with non-ASCII characters are not supported", a.Address)
			}
		}
	}
	return list, nil
}

var messageIDRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^<[^<>@\s]+@[^<>@\s]+>$`) })

// maxLine is the RFC 5322 limit on a line, CRLF excluded.
const maxLine = 998

// foldAt is the length a folded header line aims to stay within.
const foldAt = 78

// Write writes the message: headers, then a multipart/alternative body with
// text first and html last. It validates h first and writes nothing when a
// value is wrong or From or To is missing (a *FieldError wrapping
// ErrMissing, ErrLineBreak or a parse error).
func Write(w io.Writer, h Headers, text, html []byte) error {
	p, err := h.parse()
	if err != nil {
		return err
	}
	if p.from == nil {
		return &FieldError{"From", ErrMissing}
	}
	if len(p.to) == 0 {
		return &FieldError{"To", ErrMissing}
	}
	date := h.Date
	if date.IsZero() {
		date = time.Now()
	}
	id := h.MessageID
	if id == "" {
		id = newMessageID(p.from.Address)
	}

	var buf bytes.Buffer
	hdr := func(name, value string) error {
		line := fold(name + ": " + value)
		for _, l := range strings.Split(line, "\r\n") {
			if len(l) > maxLine {
				return &FieldError{name, fmt.Errorf("a line of this header would be %d characters long, more than mail allows (%d)", len(l), maxLine)}
			}
		}
		buf.WriteString(line)
		buf.WriteString("\r\n")
		return nil
	}
	boundary := makeBoundary(id, text, html)
	steps := []struct{ name, value string }{
		{"Date", date.Format(time.RFC1123Z)},
		{"From", p.from.String()},
		{"To", formatList(p.to)},
		{"Cc", formatList(p.cc)},
		{"Subject", encodeText(p.subject, len("Subject: "))},
		{"Message-ID", id},
		{"MIME-Version", "1.0"},
		{"Content-Type", mime.FormatMediaType("multipart/alternative", map[string]string{"boundary": boundary})},
	}
	for _, s := range steps {
		if s.value == "" && (s.name == "Cc" || s.name == "Subject") {
			continue
		}
		if err := hdr(s.name, s.value); err != nil {
			return err
		}
	}
	buf.WriteString("\r\n")

	mw := multipart.NewWriter(&buf)
	if err := mw.SetBoundary(boundary); err != nil {
		return err
	}
	for _, part := range []struct {
		ctype string
		body  []byte
	}{
		{"text/plain; charset=utf-8", text},
		{"text/html; charset=utf-8", html},
	} {
		pw, err := mw.CreatePart(textproto.MIMEHeader{
			"Content-Type":              {part.ctype},
			"Content-Transfer-Encoding": {"quoted-printable"},
		})
		if err != nil {
			return err
		}
		qp := quotedprintable.NewWriter(pw)
		if _, err := qp.Write(part.body); err != nil {
			return err
		}
		if err := qp.Close(); err != nil {
			return err
		}
	}
	if err := mw.Close(); err != nil {
		return err
	}
	_, err = w.Write(buf.Bytes())
	return err
}

func formatList(list []*mail.Address) string {
	s := make([]string, len(list))
	for i, a := range list {
		s[i] = a.String()
	}
	return strings.Join(s, ", ")
}

// newMessageID makes a unique id on the sender's domain.
func newMessageID(from string) string {
	domain := from[strings.LastIndexByte(from, '@')+1:]
	if !domainRe().MatchString(domain) {
		domain = "localhost"
	}
	var b [12]byte
	_, _ = rand.Read(b[:])
	return fmt.Sprintf("<%s.%s@%s>", time.Now().UTC().Format("20060102150405"), hex.EncodeToString(b[:]), strings.ToLower(domain))
}

var domainRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$`)
})

// makeBoundary derives the boundary from the message, so the same message
// gets the same bytes. It starts with "=_", which quoted-printable text
// can never contain, so it cannot collide with a part's content.
func makeBoundary(id string, text, html []byte) string {
	h := sha256.New()
	h.Write([]byte(id))
	h.Write([]byte{0})
	h.Write(text)
	h.Write([]byte{0})
	h.Write(html)
	return "=_apology_" + hex.EncodeToString(h.Sum(nil)[:12])
}

// fold breaks a header line before whitespace so lines stay within foldAt
// characters where the value allows it. It never folds inside a quoted
// string and never leaves a line of only whitespace.
func fold(line string) string {
	// Split into chunks, each a run of whitespace followed by the
	// non-whitespace after it; a fold goes before a chunk.
	var chunks []string
	start, inQuote, escaped := 0, false, false
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case escaped:
			escaped = false
		case inQuote && c == '\\':
			escaped = true
		case c == '"':
			inQuote = !inQuote
		case !inQuote && (c == ' ' || c == '\t') && i > 0 && line[i-1] != ' ' && line[i-1] != '\t':
			chunks = append(chunks, line[start:i])
			start = i
		}
	}
	chunks = append(chunks, line[start:])

	var b strings.Builder
	lineLen := 0
	for i, c := range chunks {
		if i > 0 && lineLen+len(c) > foldAt && strings.TrimLeft(c, " \t") != "" {
			b.WriteString("\r\n")
			lineLen = 0
		}
		b.WriteString(c)
		lineLen += len(c)
	}
	return b.String()
}

// encodeText encodes unstructured header text (the Subject). Printable
// ASCII stays as it is unless it could be misread: text holding "=?"
// (which a reader would try to decode) or a word too long to fold is
// encoded too. Encoded words are at most 75 characters (RFC 2047), and the
// first leaves room for the header name (prefix characters).
func encodeText(s string, prefix int) string {
	needs := strings.Contains(s, "=?")
	for _, f := range strings.Fields(s) {
		if len(f) > foldAt-1 {
			needs = true
		}
	}
	for _, r := range s {
		if r < ' ' && r != '\t' || r > '~' {
			needs = true
		}
	}
	if !needs {
		return s
	}
	const head, tail = "=?utf-8?q?", "?="
	var words []string
	var cur strings.Builder
	limit := foldAt - 2 - prefix // first word shares its line with "Subject: "
	if limit < 40 {
		limit = 40
	}
	for _, r := range s {
		var enc string
		switch {
		case r == ' ':
			enc = "_"
		case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("!*+-/", r)):
			enc = string(r)
		default:
			var buf [utf8.UTFMax]byte
			n := utf8.EncodeRune(buf[:], r)
			for _, c := range buf[:n] {
				enc += fmt.Sprintf("=%02X", c)
			}
		}
		if cur.Len() > 0 && len(head)+cur.Len()+len(enc)+len(tail) > limit {
			words = append(words, head+cur.String()+tail)
			cur.Reset()
			limit = 75 // later words start a folded line after one space
		}
		cur.WriteString(enc)
	}
	if cur.Len() > 0 {
		words = append(words, head+cur.String()+tail)
	}
	return strings.Join(words, " ")
}
