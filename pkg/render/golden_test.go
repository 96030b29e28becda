package render

import (
	"bytes"
	"flag"
	"net/mail"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/apology-cli/apology/pkg/email"
	"github.com/apology-cli/apology/pkg/email/emailtest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/render/golden")

const testdataDir = "../../testdata/render"

var fixedDate = time.Date(2025, 3, 14, 9, 30, 0, 0, time.FixedZone("", 0))

// goldenOptions fixes what changes between runs (Date, Message-ID) and
// gives letters without addresses in their front matter some, as the draft
// command's answers would.
func goldenOptions(name string) Options {
	return Options{
		Headers:  email.Headers{Date: fixedDate, MessageID: "<golden." + name + "@example.com>"},
		Defaults: email.Headers{From: "Alex Moreau <alex@example.com>", To: "Sam Okafor <sam@example.com>"},
	}
}

// outputs are the golden files made from each input letter.
var outputs = []struct {
	ext      string
	format   string
	fragment bool
}{
	{"md", "md", false},
	{"html", "html", false},
	{"fragment.html", "html", true},
	{"txt", "text", false},
	{"eml", "eml", false},
}

func readLetter(t *testing.T, name string) *Letter {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(testdataDir, name+".md"))
	if err != nil {
		t.Fatal(err)
	}
	l, err := Parse(name+".md", src)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func letterNames(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(testdataDir, "*.md"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no letters in %s (%v)", testdataDir, err)
	}
	var names []string
	for _, p := range paths {
		names = append(names, strings.TrimSuffix(filepath.Base(p), ".md"))
	}
	return names
}

func TestGolden(t *testing.T) {
	for _, name := range letterNames(t) {
		for _, o := range outputs {
			t.Run(name+"."+o.ext, func(t *testing.T) {
				l := readLetter(t, name)
				opts := goldenOptions(name)
				opts.Fragment = o.fragment
				var buf bytes.Buffer
				if err := Format(&buf, o.format, l, opts); err != nil {
					t.Fatal(err)
				}
				path := filepath.Join(testdataDir, "golden", name+"."+o.ext)
				if *update {
					if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%v (run go test ./pkg/render -update)", err)
				}
				if !bytes.Equal(buf.Bytes(), want) {
					t.Errorf("%s differs from %s (run go test ./pkg/render -update and review the diff)\n--- got\n%s", o.ext, path, buf.Bytes())
				}
			})
		}
	}
}

// TestGoldenEmailParses parses every golden letter's message with net/mail
// and mime/multipart and checks that its parts are the text and HTML
// renderings and its headers what the front matter or defaults say.
func TestGoldenEmailParses(t *testing.T) {
	for _, name := range letterNames(t) {
		t.Run(name, func(t *testing.T) {
			l := readLetter(t, name)
			opts := goldenOptions(name)
			var msg, text, html bytes.Buffer
			if err := Format(&msg, "eml", l, opts); err != nil {
				t.Fatal(err)
			}
			m, err := emailtest.Parse(msg.Bytes())
			if err != nil {
				t.Fatalf("%v\n%s", err, msg.Bytes())
			}
			if err := Text(&text, l); err != nil {
				t.Fatal(err)
			}
			if err := HTML(&html, l, l.Subject(opts), false); err != nil {
				t.Fatal(err)
			}
			crlf := func(b []byte) string { return strings.ReplaceAll(string(b), "\n", "\r\n") }
			if got := string(m.Parts[0].Body); got != crlf(text.Bytes()) {
				t.Errorf("text/plain part is not the text rendering:\n%s", got)
			}
			if got := string(m.Parts[1].Body); got != crlf(html.Bytes()) {
				t.Errorf("text/html part is not the HTML rendering:\n%s", got)
			}
			subject, _ := m.Subject()
			if subject != l.Subject(opts) {
				t.Errorf("Subject = %q, want %q", subject, l.Subject(opts))
			}
			want := l.Meta.Headers().Or(opts.Defaults)
			for _, f := range []struct{ header, want string }{{"From", want.From}, {"To", want.To}, {"Cc", want.Cc}} {
				got, _ := m.Header.AddressList(f.header)
				var exp []*mail.Address
				if f.want != "" {
					exp, _ = mail.ParseAddressList(f.want)
				}
				if len(got) != len(exp) {
					t.Errorf("%s = %v, want %v", f.header, got, exp)
					continue
				}
				for i := range got {
					if got[i].Address != exp[i].Address || got[i].Name != exp[i].Name {
						t.Errorf("%s[%d] = %v, want %v", f.header, i, got[i], exp[i])
					}
				}
			}
		})
	}
}
