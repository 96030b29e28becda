// Package emailtest checks, for tests, that a message is what package email
// promises: 7-bit, CRLF-terminated, parseable by net/mail, with a
// multipart/alternative body of a text/plain and a text/html part, both
// UTF-8 quoted-printable.
package emailtest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"net/textproto"
	"strings"
)

// Message is a parsed message.
type Message struct {
	Header mail.Header
	Parts  []Part
}

// Part is one body part, decoded from quoted-printable.
type Part struct {
	ContentType string
	Body        []byte
}

// Subject returns the decoded Subject header.
func (m *Message) Subject() (string, error) {
	return new(mime.WordDecoder).DecodeHeader(m.Header.Get("Subject"))
}

// Parse checks msg and parses it. It never panics.
func Parse(msg []byte) (*Message, error) {
	if err := checkWire(msg); err != nil {
		return nil, err
	}
	m, err := mail.ReadMessage(bytes.NewReader(msg))
	if err != nil {
		return nil, fmt.Errorf("net/mail: %w", err)
	}
	out := &Message{Header: m.Header}
	for _, name := range []string{"From", "To", "Date", "Message-ID", "MIME-Version", "Content-Type"} {
		if n := len(m.Header[textproto.CanonicalMIMEHeaderKey(name)]); n != 1 {
			return nil, fmt.Errorf("%d %s headers, want 1", n, name)
		}
	}
	if v := m.Header.Get("MIME-Version"); v != "1.0" {
		return nil, fmt.Errorf("MIME-Version = %q", v)
	}
	if _, err := m.Header.AddressList("From"); err != nil {
		return nil, fmt.Errorf("From: %w", err)
	}
	if _, err := m.Header.AddressList("To"); err != nil {
		return nil, fmt.Errorf("To: %w", err)
	}
	if m.Header.Get("Cc") != "" {
		if _, err := m.Header.AddressList("Cc"); err != nil {
			return nil, fmt.Errorf("Cc: %w", err)
		}
	}
	if _, err := m.Header.Date(); err != nil {
		return nil, fmt.Errorf("Date: %w", err)
	}
	if _, err := out.Subject(); err != nil {
		return nil, fmt.Errorf("Subject: %w", err)
	}
	mt, params, err := mime.ParseMediaType(m.Header.Get("Content-Type"))
	if err != nil {
		return nil, fmt.Errorf("Content-Type: %w", err)
	}
	if mt != "multipart/alternative" {
		return nil, fmt.Errorf("Content-Type is %s, want multipart/alternative", mt)
	}
	r := multipart.NewReader(m.Body, params["boundary"])
	for {
		p, err := r.NextRawPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("part %d: %w", len(out.Parts), err)
		}
		if cte := p.Header.Get("Content-Transfer-Encoding"); cte != "quoted-printable" {
			return nil, fmt.Errorf("part %d: Content-Transfer-Encoding is %q", len(out.Parts), cte)
		}
		body, err := io.ReadAll(quotedprintable.NewReader(p))
		if err != nil {
			return nil, fmt.Errorf("part %d: quoted-printable: %w", len(out.Parts), err)
		}
		out.Parts = append(out.Parts, Part{ContentType: p.Header.Get("Content-Type"), Body: body})
	}
	var types []string
	for _, p := range out.Parts {
		types = append(types, p.ContentType)
	}
	if got := strings.Join(types, ", "); got != "text/plain; charset=utf-8, text/html; charset=utf-8" {
		return nil, fmt.Errorf("parts are [%s], want text/plain then text/html, both charset=utf-8", got)
	}
	return out, nil
}

// checkWire: 7-bit ASCII, CRLF line endings only, no line over 998
// characters (RFC 5322 2.1.1).
func checkWire(msg []byte) error {
	for i, c := range msg {
		switch {
		case c >= 0x80:
			return fmt.Errorf("byte %d is not ASCII: %#x", i, c)
		case c == '\n' && (i == 0 || msg[i-1] != '\r'):
			return fmt.Errorf("bare LF at byte %d", i)
		case c == '\r' && (i+1 >= len(msg) || msg[i+1] != '\n'):
			return fmt.Errorf("bare CR at byte %d", i)
		}
	}
	if !bytes.HasSuffix(msg, []byte("\r\n")) {
		return errors.New("message does not end with CRLF")
	}
	if !bytes.Contains(msg, []byte("\r\n\r\n")) {
		return errors.New("no blank line after the headers")
	}
	for _, l := range strings.Split(string(msg), "\r\n") {
		if len(l) > 998 {
			return fmt.Errorf("line longer than 998: %.40q...", l)
		}
	}
	return nil
}
