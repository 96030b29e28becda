package email

import (
	"bytes"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"net/mail"
	"strings"
	"testing"
	"time"

	"github.com/apology-cli/apology/pkg/email/emailtest"
)

var fixedDate = time.Date(2025, 3, 14, 9, 30, 0, 0, time.FixedZone("", 3600))

func validHeaders() Headers {
	return Headers{
		From:      "Daniel Ørsted <daniel@example.com>",
		To:        "Maya Lind <maya@example.com>, sam@example.org",
		Cc:        "kim@example.net",
		Subject:   "About Friday — I'm sorry",
		Date:      fixedDate,
		MessageID: "<fixed.1@example.com>",
	}
}

// headerLines returns the header section's lines.
func headerLines(msg []byte) []string {
	head, _, _ := bytes.Cut(msg, []byte("\r\n\r\n"))
	return strings.Split(string(head), "\r\n")
}

func parse(t *testing.T, msg []byte) *emailtest.Message {
	t.Helper()
	m, err := emailtest.Parse(msg)
	if err != nil {
		t.Fatalf("%v\n%s", err, msg)
	}
	return m
}

func TestWriteParses(t *testing.T) {
	text := []byte("Maya, I’m sorry.\n\nA line that ends in spaces   \nand a very long line " + strings.Repeat("word ", 40) + "\n")
	html := []byte("<!DOCTYPE html>\n<html lang=\"en\"><p>Maya, I&rsquo;m sorry — =?utf-8?q?x?=</p></html>\n")
	var buf bytes.Buffer
	if err := Write(&buf, validHeaders(), text, html); err != nil {
		t.Fatal(err)
	}
	msg := buf.Bytes()
	for _, l := range headerLines(msg) {
		if len(l) > 78 {
			t.Errorf("header line longer than 78: %q", l)
		}
	}
	m := parse(t, msg)
	hdr := m.Header
	if s, err := m.Subject(); err != nil || s != "About Friday — I'm sorry" {
		t.Errorf("Subject decodes to %q (%v)", s, err)
	}
	from, err := hdr.AddressList("From")
	if err != nil || len(from) != 1 || from[0].Name != "Daniel Ørsted" || from[0].Address != "daniel@example.com" {
		t.Errorf("From = %v (%v)", from, err)
	}
	to, err := hdr.AddressList("To")
	if err != nil || len(to) != 2 || to[0].Address != "maya@example.com" || to[1].Address != "sam@example.org" {
		t.Errorf("To = %v (%v)", to, err)
	}
	cc, err := hdr.AddressList("Cc")
	if err != nil || len(cc) != 1 || cc[0].Address != "kim@example.net" {
		t.Errorf("Cc = %v (%v)", cc, err)
	}
	if d, err := hdr.Date(); err != nil || !d.Equal(fixedDate) {
		t.Errorf("Date = %v (%v)", d, err)
	}
	if id := hdr.Get("Message-ID"); id != "<fixed.1@example.com>" {
		t.Errorf("Message-ID = %q", id)
	}

	// emailtest.Parse checked the parts' types and encoding. Line endings
	// become CRLF on the wire and decode as CRLF.
	crlf := func(b []byte) string { return strings.ReplaceAll(string(b), "\n", "\r\n") }
	if got := string(m.Parts[0].Body); got != crlf(text) {
		t.Errorf("text part =\n%q\nwant\n%q", got, crlf(text))
	}
	if got := string(m.Parts[1].Body); got != crlf(html) {
		t.Errorf("html part =\n%q\nwant\n%q", got, crlf(html))
	}
}

func TestWriteGeneratesDateAndMessageID(t *testing.T) {
	h := validHeaders()
	h.Date, h.MessageID = time.Time{}, ""
	var buf bytes.Buffer
	if err := Write(&buf, h, []byte("x\n"), []byte("<p>x</p>\n")); err != nil {
		t.Fatal(err)
	}
	hdr := parse(t, buf.Bytes()).Header
	if d, err := hdr.Date(); err != nil || time.Since(d) > time.Minute || time.Since(d) < -time.Minute {
		t.Errorf("Date = %v (%v), want about now", d, err)
	}
	id := hdr.Get("Message-ID")
	if !messageIDRe().MatchString(id) || !strings.HasSuffix(id, "@example.com>") {
		t.Errorf("Message-ID = %q, want <...@example.com>", id)
	}
	var again bytes.Buffer
	_ = Write(&again, h, []byte("x\n"), []byte("<p>x</p>\n"))
	if parse(t, again.Bytes()).Header.Get("Message-ID") == id {
		t.Errorf("two messages share the Message-ID %s", id)
	}
}

func TestHeaderInjectionRejected(t *testing.T) {
	breaks := []string{"\r\n", "\n", "\r"}
	fields := []struct {
		name string
		set  func(*Headers, string)
		base string
	}{
		{"From", func(h *Headers, v string) { h.From = v }, "daniel@example.com"},
		{"To", func(h *Headers, v string) { h.To = v }, "maya@example.com"},
		{"Cc", func(h *Headers, v string) { h.Cc = v }, "kim@example.net"},
		{"Subject", func(h *Headers, v string) { h.Subject = v }, "Sorry"},
		{"Message-ID", func(h *Headers, v string) { h.MessageID = v }, "<a@example.com>"},
	}
	for _, f := range fields {
		for _, br := range breaks {
			t.Run(f.name+"/"+strings.NewReplacer("\r", "CR", "\n", "LF").Replace(br), func(t *testing.T) {
				h := validHeaders()
				f.set(&h, f.base+br+"Bcc: eve@example.com")
				var buf bytes.Buffer
				err := Write(&buf, h, []byte("x\n"), []byte("<p>x</p>\n"))
				var fe *FieldError
				if !errors.As(err, &fe) || fe.Field != f.name || !errors.Is(err, ErrLineBreak) {
					t.Fatalf("err = %v, want a %s line-break error", err, f.name)
				}
				if buf.Len() != 0 {
					t.Errorf("wrote %d bytes despite the error", buf.Len())
				}
				if err := h.Validate(); !errors.Is(err, ErrLineBreak) {
					t.Errorf("Validate = %v, want ErrLineBreak", err)
				}
			})
		}
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name  string
		h     Headers
		field string // "" when valid
		want  string
	}{
		{"empty is valid", Headers{}, "", ""},
		{"full is valid", validHeaders(), "", ""},
		{"named address", Headers{To: `"Lind, Maya" <maya@example.com>`}, "", ""},
		{"not an address", Headers{To: "maya"}, "To", "not an email address list"},
		{"two senders", Headers{From: "a@example.com, b@example.com"}, "From", "give one address"},
		{"bad cc", Headers{Cc: "kim@"}, "Cc", "not an email address list"},
		{"non-ASCII address", Headers{To: "maïa@example.com"}, "To", "non-ASCII"},
		{"control character", Headers{Subject: "sorry\x00"}, "Subject", "control character"},
		{"escape character", Headers{Subject: "sorry\x1b[31m"}, "Subject", "control character"},
		{"tab is whitespace", Headers{Subject: "sorry\tagain"}, "", ""},
		{"invalid UTF-8", Headers{Subject: "sorry\xff"}, "Subject", "UTF-8"},
		{"bad message id", Headers{MessageID: "no-angle@example.com"}, "Message-ID", "<id@domain>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.h.Validate()
			if tt.field == "" {
				if err != nil {
					t.Fatalf("Validate = %v, want nil", err)
				}
				return
			}
			var fe *FieldError
			if !errors.As(err, &fe) || fe.Field != tt.field || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Validate = %v, want a %s error containing %q", err, tt.field, tt.want)
			}
		})
	}
}

func TestWriteMissing(t *testing.T) {
	for _, field := range []string{"From", "To"} {
		h := validHeaders()
		if field == "From" {
			h.From = "  "
		} else {
			h.To = ""
		}
		var buf bytes.Buffer
		err := Write(&buf, h, nil, nil)
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Field != field || !errors.Is(err, ErrMissing) {
			t.Errorf("missing %s: err = %v", field, err)
		}
		if buf.Len() != 0 {
			t.Errorf("missing %s: wrote %d bytes", field, buf.Len())
		}
	}
}

func TestEncodeText(t *testing.T) {
	tests := []struct {
		in      string
		encoded bool
	}{
		{"About Friday", false},
		{"Sorry about Friday: it was my fault (all of it)", false},
		{"Désolé pour vendredi", true},
		{"About Friday — I'm sorry", true},
		{"Looks like =?utf-8?q?an_encoded_word?= but is not", true},
		{"A " + strings.Repeat("x", 100) + " word too long to fold", true},
		{strings.Repeat("Je suis vraiment désolé, Maya. ", 8), true},
		{"日本語の謝罪の手紙です。本当に申し訳ありませんでした。もう二度としません。", true},
	}
	dec := new(mime.WordDecoder)
	for _, tt := range tests {
		got := encodeText(tt.in, len("Subject: "))
		if isEncoded := strings.HasPrefix(got, "=?utf-8?q?"); isEncoded != tt.encoded {
			t.Errorf("encodeText(%q) = %q, encoded %v, want %v", tt.in, got, isEncoded, tt.encoded)
		}
		back, err := dec.DecodeHeader(got)
		if err != nil || back != tt.in {
			t.Errorf("encodeText(%q) = %q decodes to %q (%v)", tt.in, got, back, err)
		}
		for _, w := range strings.Fields(got) {
			if tt.encoded && len(w) > 75 {
				t.Errorf("encoded word longer than 75: %q", w)
			}
		}
		folded := fold("Subject: " + got)
		for i, l := range strings.Split(folded, "\r\n") {
			if len(l) > 78 {
				t.Errorf("folded line %d longer than 78: %q", i, l)
			}
		}
		// Unfolding (RFC 5322 2.2.3) gives the value back.
		if u := strings.ReplaceAll(folded, "\r\n", ""); u != "Subject: "+got {
			t.Errorf("unfolded %q, want %q", u, "Subject: "+got)
		}
	}
}

func TestFold(t *testing.T) {
	long := `"Lind, Maya (home)" <maya@example.com>, "Samuel Okonkwo-Reyes" <sam@example.org>, kim@example.net, "Quoted   name with many spaces inside it that runs past the limit" <q@example.com>`
	got := fold("To: " + long)
	lines := strings.Split(got, "\r\n")
	if len(lines) < 3 {
		t.Fatalf("not folded: %q", got)
	}
	for i, l := range lines {
		if i > 0 && (l == "" || strings.TrimSpace(l) == "") {
			t.Errorf("line %d is blank: %q", i, got)
		}
		if i > 0 && l[0] != ' ' && l[0] != '\t' {
			t.Errorf("continuation line %d does not start with whitespace: %q", i, l)
		}
	}
	if !strings.Contains(got, `"Quoted   name with many spaces inside it that runs past the limit"`) {
		t.Errorf("folded inside a quoted string: %q", got)
	}
	if u := strings.ReplaceAll(got, "\r\n", ""); u != "To: "+long {
		t.Errorf("unfolded = %q", u)
	}
	list, err := mail.ParseAddressList(strings.ReplaceAll(got[len("To: "):], "\r\n", ""))
	if err != nil || len(list) != 4 {
		t.Errorf("folded list parses to %v (%v)", list, err)
	}
}

func TestWriteRefusesOverlongHeaderLine(t *testing.T) {
	h := validHeaders()
	h.To = `"` + strings.Repeat("x", 1000) + `" <maya@example.com>`
	var buf bytes.Buffer
	err := Write(&buf, h, nil, nil)
	var fe *FieldError
	if !errors.As(err, &fe) || fe.Field != "To" || !strings.Contains(err.Error(), "998") {
		t.Fatalf("err = %v, want a To line-length error", err)
	}
	if buf.Len() != 0 {
		t.Errorf("wrote %d bytes", buf.Len())
	}
}

func TestOr(t *testing.T) {
	flags := Headers{To: "flag@example.com", Subject: " "}
	front := Headers{To: "front@example.com", From: "me@example.com", Subject: "From the letter"}
	answers := Headers{From: "answers@example.com", Cc: "cc@example.com", Subject: "From the answers"}
	got := flags.Or(front).Or(answers)
	want := Headers{To: "flag@example.com", From: "me@example.com", Cc: "cc@example.com", Subject: "From the letter"}
	if got != want {
		t.Errorf("Or = %+v, want %+v", got, want)
	}
}

func TestBoundaryIsStableAndUnique(t *testing.T) {
	a := makeBoundary("<a@x>", []byte("text"), []byte("html"))
	if a != makeBoundary("<a@x>", []byte("text"), []byte("html")) {
		t.Error("same message, different boundary")
	}
	if a == makeBoundary("<b@x>", []byte("text"), []byte("html")) {
		t.Error("different messages, same boundary")
	}
	if err := multipart.NewWriter(io.Discard).SetBoundary(a); err != nil {
		t.Errorf("boundary %q: %v", a, err)
	}
}
