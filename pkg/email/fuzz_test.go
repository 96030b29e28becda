package email

import (
	"bytes"
	"strings"
	"testing"

	"github.com/apology-cli/apology/pkg/email/emailtest"
)

// FuzzWrite: any header values and bodies either give a message that
// parses, or an error with nothing written; a line break is never let
// through.
func FuzzWrite(f *testing.F) {
	f.Add("me@example.com", "sam@example.com", "", "Sorry", "text\n", "<p>html</p>\n")
	f.Add("Dániel <me@example.com>", `"Lind, Maya" <m@example.com>, k@example.com`, "c@example.com", "Désolé — =?x?=", "a\r\nb\rc", "")
	f.Add("me@example.com", "sam@example.com\r\nBcc: eve@example.com", "", "x", "", "")
	f.Fuzz(func(t *testing.T, from, to, cc, subject, text, html string) {
		h := Headers{From: from, To: to, Cc: cc, Subject: subject, Date: fixedDate, MessageID: "<fuzz@example.com>"}
		var b bytes.Buffer
		err := Write(&b, h, []byte(text), []byte(html))
		if strings.ContainsAny(from+to+cc+subject, "\r\n") && err == nil {
			t.Fatalf("line break accepted:\n%s", b.Bytes())
		}
		if err != nil {
			if b.Len() != 0 {
				t.Fatalf("error %v after writing %d bytes", err, b.Len())
			}
			return
		}
		m, err := emailtest.Parse(b.Bytes())
		if err != nil {
			t.Fatalf("does not parse: %v\n%s", err, b.Bytes())
		}
		if s, _ := m.Subject(); s != strings.Join(strings.Fields(subject), " ") {
			t.Fatalf("Subject %q decodes to %q", subject, s)
		}
	})
}
