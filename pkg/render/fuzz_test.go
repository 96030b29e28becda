package render

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/apology-cli/apology/pkg/email"
	"github.com/apology-cli/apology/pkg/email/emailtest"
)

// FuzzFormat: rendering any input to any format never panics, and an eml
// that renders always parses as a well-formed message.
func FuzzFormat(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join(testdataDir, "*.md"))
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	for _, s := range unsafeLetters {
		f.Add([]byte(s))
	}
	f.Add([]byte("---\nsubject: \"=?utf-8?q?x?= \\u00e9\"\nto: [a@example.com, b@example.com]\n---\n# T\n"))
	f.Add([]byte("---\nto: &a x@example.com\ncc: *a\n---\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		l, err := Parse("fuzz.md", src)
		if err != nil {
			return
		}
		opts := Options{
			Headers:  email.Headers{Date: fixedDate, MessageID: "<fuzz@example.com>"},
			Defaults: email.Headers{From: "me@example.com", To: "sam@example.com"},
		}
		for _, format := range Formats {
			for _, fragment := range []bool{false, true} {
				opts.Fragment = fragment
				var b bytes.Buffer
				err := Format(&b, format, l, opts)
				if err != nil {
					if b.Len() != 0 {
						t.Fatalf("%s: error %v after writing %d bytes", format, err, b.Len())
					}
					continue
				}
				if format == "eml" {
					if _, err := emailtest.Parse(b.Bytes()); err != nil {
						t.Fatalf("eml does not parse: %v\n%s", err, b.Bytes())
					}
				}
			}
		}
	})
}
