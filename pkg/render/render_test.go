package render

import (
	"bytes"
	"errors"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/apology-cli/apology/pkg/email"
	"github.com/apology-cli/apology/pkg/email/emailtest"
)

func mustParse(t *testing.T, src string) *Letter {
	t.Helper()
	l, err := Parse("letter.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestParseFrontMatter(t *testing.T) {
	tests := []struct {
		name string
		src  string
		meta Meta
		body string
	}{
		{"none", "Dear Sam,\n", Meta{}, "Dear Sam,\n"},
		{"scalars", "---\nto: sam@example.com\nfrom: me@example.com\nsubject: Sorry\nlang: pt-BR\n---\nHi\n",
			Meta{To: []string{"sam@example.com"}, From: "me@example.com", Subject: "Sorry", Lang: "pt-BR"}, "Hi\n"},
		{"lists", "---\nto: [a@example.com, b@example.com]\ncc:\n  - c@example.com\n---\nHi\n",
			Meta{To: []string{"a@example.com", "b@example.com"}, Cc: []string{"c@example.com"}}, "Hi\n"},
		{"dots end it", "---\nsubject: Sorry\n...\nHi\n", Meta{Subject: "Sorry"}, "Hi\n"},
		{"CRLF", "---\r\nsubject: Sorry\r\n---\r\nHi\r\n", Meta{Subject: "Sorry"}, "Hi\r\n"},
		{"BOM", "\xef\xbb\xbf---\nsubject: Sorry\n---\nHi\n", Meta{Subject: "Sorry"}, "Hi\n"},
		{"empty", "---\n---\nHi\n", Meta{}, "Hi\n"},
		{"number as text", "---\nsubject: 42\n---\n", Meta{Subject: "42"}, ""},
		{"null", "---\nsubject: ~\nto:\n---\n", Meta{}, ""},
		{"unknown keys ignored", "---\nrecipient: Sam\nnotes: [a, b]\n---\nHi\n", Meta{}, "Hi\n"},
		{"unterminated is prose", "---\nsubject: Sorry\nHi\n", Meta{}, "---\nsubject: Sorry\nHi\n"},
		{"not at the top is prose", "Hi\n---\nsubject: x\n---\n", Meta{}, "Hi\n---\nsubject: x\n---\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := mustParse(t, tt.src)
			if !reflect.DeepEqual(l.Meta, tt.meta) {
				t.Errorf("Meta = %+v, want %+v", l.Meta, tt.meta)
			}
			if string(l.Body) != tt.body {
				t.Errorf("Body = %q, want %q", l.Body, tt.body)
			}
			if string(l.Src) != tt.src {
				t.Errorf("Src changed")
			}
		})
	}
}

func TestParseFrontMatterErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"bad yaml", "---\nsubject: Sorry\nto: [a\n---\n", "letter.md: front matter: line 3: not valid YAML: did not find expected ',' or ']'"},
		{"not a mapping", "---\n- a\n- b\n---\n", "letter.md: front matter: line 2: want \"key: value\" lines"},
		{"subject list", "---\nto: a@example.com\nsubject: [a, b]\n---\n", "letter.md: front matter: line 3: subject: want a single value"},
		{"to mapping", "---\nto: {name: Sam}\n---\n", "letter.md: front matter: line 2: to: want a single value"},
		{"bad lang", "---\nlang: en\"><script>\n---\n", `letter.md: front matter: line 2: lang: "en\"><script>" is not a language tag`},
		{"quoted name", "---\nsubject: Sorry\nto: \"Lind, Maya\" <maya@example.com>\n---\n",
			`letter.md: front matter: line 3: a quoted name followed by an address must be quoted as a whole: '"Lind, Maya" <maya@example.com>'`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("letter.md", []byte(tt.src))
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Fatalf("err = %v, want prefix %q", err, tt.want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error is not one line: %q", err)
			}
		})
	}
}

func TestSubject(t *testing.T) {
	tests := []struct {
		name string
		src  string
		opts Options
		want string
	}{
		{"flag wins", "---\nsubject: Front\n---\n# Heading\n", Options{Headers: email.Headers{Subject: "Flag"}, Defaults: email.Headers{Subject: "Answers"}}, "Flag"},
		{"front matter", "---\nsubject: Front\n---\n# Heading\n", Options{Defaults: email.Headers{Subject: "Answers"}}, "Front"},
		{"defaults", "# Heading\n", Options{Defaults: email.Headers{Subject: "Answers"}}, "Answers"},
		{"first h1", "Intro\n\n## Not this\n\n# Maya, *about* `Friday`\n\n# Not this either\n", Options{}, "Maya, about Friday"},
		{"none", "Just a letter.\n", Options{}, DefaultTitle},
		{"whitespace collapsed", "---\nsubject: \"  Sorry \t about   it \"\n---\n", Options{}, "Sorry about it"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mustParse(t, tt.src).Subject(tt.opts); got != tt.want {
				t.Errorf("Subject = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestText(t *testing.T) {
	long := "I am sorry that I missed your recital on Saturday evening after promising you for weeks that I would be there in the second row."
	tests := []struct {
		name, src, want string
	}{
		{"wraps at 72", long + "\n",
			"I am sorry that I missed your recital on Saturday evening after\npromising you for weeks that I would be there in the second row.\n"},
		{"paragraphs kept, soft breaks joined", "One\ntwo.\n\nThree.\n", "One two.\n\nThree.\n"},
		{"emphasis removed", "I was *very* **wrong** and ~~sorry~~ ***truly*** sorry.\n", "I was very wrong and sorry truly sorry.\n"},
		{"escapes and entities", "2 \\* 3 &amp; 4 &#8212; done\n", "2 * 3 & 4 \u2014 done\n"},
		{"link", "See [the plan](https://example.com/plan \"title\").\n", "See the plan <https://example.com/plan>.\n"},
		{"link same as text", "[https://example.com](https://example.com)\n", "https://example.com\n"},
		{"mail link", "[sam@example.com](mailto:sam@example.com)\n", "<mailto:sam@example.com>\n"},
		{"reference link", "[the plan][p]\n\n[p]: https://example.com/p\n", "the plan <https://example.com/p>\n"},
		{"autolinks", "<https://example.com> and www.example.org\n", "https://example.com and www.example.org\n"},
		{"image", "![our photo](https://example.com/p.png)\n", "our photo <https://example.com/p.png>\n"},
		{"dangerous link keeps text", "[click](javascript:alert(1))\n", "click\n"},
		{"heading", "# Dear Sam\n\nText.\n", "Dear Sam\n\nText.\n"},
		{"hard breaks", "Love,\\\nAlex  \nand Kim\n", "Love,\nAlex\nand Kim\n"},
		{"code span", "Run `apology lint` now.\n", "Run apology lint now.\n"},
		{"code block", "Text.\n\n```\nfunc x() {\n\treturn\n}\n```\n", "Text.\n\n    func x() {\n    \treturn\n    }\n"},
		{"raw html dropped", "A <b>bold</b> move.\n\n<div>\nblock\n</div>\n\nEnd.\n", "A bold move.\n\nEnd.\n"},
		{"tight list", "- one\n- two\n", "- one\n- two\n"},
		{"loose ordered list from 3", "3. one\n\n4. two\n", "3. one\n\n4. two\n"},
		{"list item wraps with hanging indent", "- " + long + "\n", "- I am sorry that I missed your recital on Saturday evening after\n  promising you for weeks that I would be there in the second row.\n"},
		{"nested list", "1. a\n   - b\n   - c\n2. d\n", "1. a\n   - b\n   - c\n2. d\n"},
		{"quote", "> You said:\n> \"don't\".\n>\n> Twice.\n", "> You said: \u201cdon\u2019t\u201d.\n>\n> Twice.\n"},
		{"quote wraps inside", "> " + long + "\n", "> I am sorry that I missed your recital on Saturday evening after\n> promising you for weeks that I would be there in the second row.\n"},
		{"quote in list", "- > quoted\n", "- > quoted\n"},
		{"rule", "A\n\n---\n\nB\n", "A\n\n* * *\n\nB\n"},
		{"long word alone", "a " + strings.Repeat("x", 80) + " b\n", "a\n" + strings.Repeat("x", 80) + "\nb\n"},
		{"typographer", "\"Sorry\" -- it's mine...\n", "\u201cSorry\u201d \u2013 it\u2019s mine\u2026\n"},
		{"empty", "", ""},
		{"only front matter", "---\nsubject: x\n---\n", ""},
		{"table", "| a | b |\n|---|---|\n| 1 | 2 |\n", "a | b\n1 | 2\n"},
		{"task list", "- [x] done\n- [ ] not yet\n", "- \u2611 done\n- \u2610 not yet\n"},
		{"width counts characters, not bytes", strings.Repeat("é", 35) + " " + strings.Repeat("é", 36) + "\n",
			strings.Repeat("é", 35) + " " + strings.Repeat("é", 36) + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := Text(&b, mustParse(t, tt.src)); err != nil {
				t.Fatal(err)
			}
			if b.String() != tt.want {
				t.Errorf("Text =\n%q\nwant\n%q", b.String(), tt.want)
			}
		})
	}
}

func TestTextNeverPastWidth(t *testing.T) {
	for _, name := range letterNames(t) {
		var b bytes.Buffer
		if err := Text(&b, readLetter(t, name)); err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(b.String(), "\n") {
			if n := len([]rune(line)); n > TextWidth && strings.Contains(strings.TrimSpace(line), " ") {
				t.Errorf("%s: line of %d characters: %q", name, n, line)
			}
			if line != strings.TrimRight(line, " \t") {
				t.Errorf("%s: trailing whitespace: %q", name, line)
			}
		}
	}
}

func TestHTMLDocument(t *testing.T) {
	l := mustParse(t, "---\nlang: fr\nsubject: \"</title><script>alert(1)</script>\"\n---\n# Élodie\n\nJe suis désolé.\n")
	var b bytes.Buffer
	if err := Format(&b, "html", l, Options{}); err != nil {
		t.Fatal(err)
	}
	doc := b.String()
	for _, want := range []string{
		"<!DOCTYPE html>\n",
		`<html lang="fr">`,
		`<meta charset="utf-8">`,
		"<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>",
		"<p style=\"margin:0 0 1em\">Je suis désolé.</p>",
		"</html>\n",
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("document lacks %q:\n%s", want, doc)
		}
	}
	for _, banned := range []string{"<link", "<style", "<script", "src=", "@import", "url("} {
		if strings.Contains(doc, banned) {
			t.Errorf("document holds %q (it must be standalone with inline CSS):\n%s", banned, doc)
		}
	}

	b.Reset()
	if err := Format(&b, "html", l, Options{Fragment: true}); err != nil {
		t.Fatal(err)
	}
	if frag := b.String(); strings.Contains(frag, "<html") || strings.Contains(frag, "<title") || !strings.HasPrefix(frag, "<h1") {
		t.Errorf("fragment is not the body only:\n%s", frag)
	}

	b.Reset()
	if err := Format(&b, "html", mustParse(t, "Hi.\n"), Options{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `<html lang="en">`) || !strings.Contains(b.String(), "<title>"+DefaultTitle+"</title>") {
		t.Errorf("defaults missing:\n%s", b.String())
	}
}

// unsafeLetters hold what must never reach a reader's browser or mail client.
var unsafeLetters = []string{
	"<script>alert(1)</script>\n",
	"Inline <script>alert(1)</script> script.\n",
	"<SCRIPT SRC=https://evil.example.com/x.js></SCRIPT>\n",
	"<scr<script>ipt>alert(1)</script>\n",
	"[x](javascript:alert(1))\n",
	"[x](  JaVaScRiPt:alert(1))\n",
	"[x](&#x6A;avascript:alert(1))\n",
	"[x](&#106;&#97;vascript:alert(1))\n",
	"[x](javascript&colon;alert(1))\n",
	"[x](java%0ascript:alert(1))\n",
	"[x](<java\tscript:alert(1)>)\n",
	"[x](vbscript:msgbox(1))\n",
	"[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)\n",
	"[x][r]\n\n[r]: javascript:alert(1)\n",
	"<javascript:alert(1)>\n",
	"![x](javascript:alert(1))\n",
	"![x](https://evil.example.com/track.png)\n",
	"[x](https://example.com \"\\\" onmouseover=\\\"alert(1)\")\n",
	"<img src=x onerror=alert(1)>\n",
	"Inline <img src=x onerror=alert(1)> image.\n",
	"<a href=\"javascript:alert(1)\">raw</a>\n",
	"<iframe src=\"https://evil.example.com\"></iframe>\n",
	"<style>body{background:url(https://evil.example.com/x)}</style>\n",
	"<object data=\"x.swf\"></object>\n",
	"<svg onload=alert(1)>\n",
	"<details open ontoggle=alert(1)>\n",
	"<!-- <script>alert(1)</script> -->\n",
	"<![CDATA[<script>alert(1)</script>]]>\n",
	"<form action=\"https://evil.example.com\"><input name=p></form>\n",
	"- <script>alert(1)</script>\n> <script>alert(1)</script>\n",
	"| <script>alert(1)</script> | [x](javascript:alert(1)) |\n|---|---|\n| a | b |\n",
}

var (
	tagRe  = regexp.MustCompile(`<(/?)([A-Za-z][A-Za-z0-9]*)([^>]*)>`)
	attrRe = regexp.MustCompile(`\s([A-Za-z-]+)(?:="([^"]*)")?`)
)

var allowedTags = map[string]bool{
	"html": true, "head": true, "meta": true, "title": true, "body": true, "div": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"p": true, "blockquote": true, "ul": true, "ol": true, "li": true, "hr": true, "br": true,
	"a": true, "em": true, "strong": true, "del": true, "code": true, "pre": true,
	"table": true, "thead": true, "tbody": true, "tr": true, "th": true, "td": true,
}

var allowedAttrs = map[string]bool{
	"lang": true, "charset": true, "name": true, "content": true, "style": true,
	"href": true, "title": true, "start": true,
}

func TestHTMLIsSafe(t *testing.T) {
	for _, src := range unsafeLetters {
		for _, fragment := range []bool{false, true} {
			var b bytes.Buffer
			if err := Format(&b, "html", mustParse(t, src), Options{Fragment: fragment}); err != nil {
				t.Fatalf("%q: %v", src, err)
			}
			checkSafeHTML(t, src, b.String())
		}
	}
}

// checkSafeHTML fails when out has a script element, a tag or attribute
// outside the allowlists, or a link that is not web, mail or phone. Text
// such as "javascript:alert(1)" may stay as escaped, visible words.
func checkSafeHTML(t *testing.T, src, out string) {
	t.Helper()
	if strings.Contains(strings.ToLower(out), "<script") {
		t.Errorf("%q renders a script element:\n%s", src, out)
	}
	for _, m := range tagRe.FindAllStringSubmatch(out, -1) {
		if !allowedTags[strings.ToLower(m[2])] {
			t.Errorf("%q renders a <%s> tag:\n%s", src, m[2], out)
		}
		for _, bad := range []string{"javascript:", "vbscript:", "data:"} {
			if strings.Contains(strings.ToLower(m[0]), bad) {
				t.Errorf("%q renders %q in a tag:\n%s", src, bad, out)
			}
		}
		for _, a := range attrRe.FindAllStringSubmatch(m[3], -1) {
			if !allowedAttrs[strings.ToLower(a[1])] {
				t.Errorf("%q renders a %s attribute:\n%s", src, a[1], out)
			}
			if strings.ToLower(a[1]) == "href" && !allowedURL([]byte(htmlUnescape(a[2]))) {
				t.Errorf("%q renders href=%q:\n%s", src, a[2], out)
			}
		}
	}
}

func htmlUnescape(s string) string {
	return strings.NewReplacer("&amp;", "&", "&quot;", `"`, "&lt;", "<", "&gt;", ">", "&#39;", "'").Replace(s)
}

func TestAllowedURL(t *testing.T) {
	tests := []struct {
		url string
		ok  bool
	}{
		{"https://example.com", true},
		{"HTTP://example.com", true},
		{"mailto:sam@example.com", true},
		{"tel:+441234567890", true},
		{"#top", true},
		{"notes/plan.html", true},
		{"?a=b:c", true},
		{"", true},
		{"javascript:alert(1)", false},
		{" javascript:alert(1)", false},
		{"java\tscript:alert(1)", false},
		{"java\nscript:alert(1)", false},
		{"&#106;avascript:alert(1)", false},
		{"javascript&colon;alert(1)", false},
		{"vbscript:x", false},
		{"data:text/html,x", false},
		{"data:image/png;base64,xx", false},
		{"file:///etc/passwd", false},
		{"ftp://example.com", false},
		{"1javascript:alert(1)", false},
	}
	for _, tt := range tests {
		if got := allowedURL([]byte(tt.url)); got != tt.ok {
			t.Errorf("allowedURL(%q) = %v, want %v", tt.url, got, tt.ok)
		}
	}
}

func TestFormatUnknown(t *testing.T) {
	var b bytes.Buffer
	err := Format(&b, "pdf", mustParse(t, "x"), Options{})
	if err == nil || !strings.Contains(err.Error(), `unknown format "pdf"`) {
		t.Errorf("err = %v", err)
	}
}

func TestMarkdownKeepsFrontMatter(t *testing.T) {
	src := "\xef\xbb\xbf---\nsubject: Sorry\n---\n# Hi\r\n\r\n<script>x</script>\n"
	var b bytes.Buffer
	if err := Format(&b, "md", mustParse(t, src), Options{}); err != nil {
		t.Fatal(err)
	}
	if b.String() != src {
		t.Errorf("md = %q, want the letter as given", b.String())
	}
}

func emailOptions() Options {
	return Options{Headers: email.Headers{Date: fixedDate, MessageID: "<t@example.com>"}}
}

// TestEmailHeaderSources checks the order flags, front matter, defaults.
func TestEmailHeaderSources(t *testing.T) {
	src := "---\nto: front@example.com\nfrom: Front <me@example.com>\nsubject: From the letter\n---\nSorry.\n"
	opts := emailOptions()
	opts.Headers.To = "Flag <flag@example.com>"
	opts.Defaults = email.Headers{From: "answers@example.com", Cc: "cc@example.com", Subject: "From the answers"}
	var b bytes.Buffer
	if err := Format(&b, "eml", mustParse(t, src), opts); err != nil {
		t.Fatal(err)
	}
	m, err := emailtest.Parse(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	for header, want := range map[string]string{
		"To": "flag@example.com", "From": "me@example.com", "Cc": "cc@example.com",
	} {
		list, err := m.Header.AddressList(header)
		if err != nil || len(list) != 1 || list[0].Address != want {
			t.Errorf("%s = %v (%v), want %s", header, list, err, want)
		}
	}
	if s, _ := m.Subject(); s != "From the letter" {
		t.Errorf("Subject = %q", s)
	}
}

// TestEmailHeaderInjection: a line break in any header value, from a flag,
// the front matter or the defaults, is refused with an error naming where
// it came from, and nothing is written.
func TestEmailHeaderInjection(t *testing.T) {
	const evil = "\r\nBcc: eve@example.com"
	base := "---\nto: sam@example.com\nfrom: me@example.com\n---\nSorry.\n"
	type tc struct {
		name string
		src  string
		opts func(*Options)
		want string
	}
	var tests []tc
	for _, f := range []struct {
		flag  string
		set   func(*email.Headers, string)
		value string
	}{
		{"to", func(h *email.Headers, v string) { h.To = v }, "sam@example.com"},
		{"from", func(h *email.Headers, v string) { h.From = v }, "me@example.com"},
		{"cc", func(h *email.Headers, v string) { h.Cc = v }, "kim@example.com"},
		{"subject", func(h *email.Headers, v string) { h.Subject = v }, "Sorry"},
	} {
		tests = append(tests,
			tc{"flag " + f.flag, base, func(o *Options) { f.set(&o.Headers, f.value+evil) }, "--" + f.flag + ": contains a line break"},
			tc{"defaults " + f.flag, base, func(o *Options) { f.set(&o.Defaults, f.value+evil) }, "answers: " + f.flag + ": contains a line break"},
			tc{"front matter " + f.flag + " (escaped)", "---\nto: sam@example.com\nfrom: me@example.com\n" + f.flag + ": \"" + f.value + `\r\nBcc: eve@example.com"` + "\n---\nSorry.\n",
				nil, "letter.md: front matter \"" + f.flag + "\": contains a line break"},
			tc{"front matter " + f.flag + " (block)", "---\nto: sam@example.com\nfrom: me@example.com\n" + f.flag + ": |\n  " + f.value + "\n  Bcc: eve@example.com\n---\nSorry.\n",
				nil, "letter.md: front matter \"" + f.flag + "\": contains a line break"},
			tc{"front matter " + f.flag + " (bare CR)", "---\nto: sam@example.com\nfrom: me@example.com\n" + f.flag + ": \"" + f.value + `\rBcc: eve@example.com"` + "\n---\nSorry.\n",
				nil, "letter.md: front matter \"" + f.flag + "\": contains a line break"},
		)
	}
	tests = append(tests, tc{"front matter to list item", "---\nto:\n  - sam@example.com\n  - \"kim@example.com\\nBcc: eve@example.com\"\nfrom: me@example.com\n---\n", nil,
		"letter.md: front matter \"to\": contains a line break"})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := emailOptions()
			opts.DefaultsFrom = "answers"
			if tt.opts != nil {
				tt.opts(&opts)
			}
			var b bytes.Buffer
			err := Format(&b, "eml", mustParse(t, tt.src), opts)
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Fatalf("err = %v, want prefix %q", err, tt.want)
			}
			if !errors.Is(err, email.ErrLineBreak) {
				t.Errorf("err does not wrap ErrLineBreak: %v", err)
			}
			if b.Len() != 0 {
				t.Errorf("wrote %d bytes:\n%s", b.Len(), b.Bytes())
			}
		})
	}
}

func TestEmailMissingAddress(t *testing.T) {
	tests := []struct {
		src, want string
	}{
		{"---\nfrom: me@example.com\n---\nSorry.\n", `letter.md: no "To" address: give --to, or "to:" in the letter's front matter`},
		{"---\nto: sam@example.com\n---\nSorry.\n", `letter.md: no "From" address: give --from, or "from:" in the letter's front matter`},
		{"Sorry.\n", `letter.md: no "From" address`},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		err := Format(&b, "eml", mustParse(t, tt.src), emailOptions())
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("err = %v, want prefix %q", err, tt.want)
		}
		if b.Len() != 0 {
			t.Errorf("wrote %d bytes", b.Len())
		}
	}
}

// TestEmailFrontMatterNames: a drafted letter's front matter may name the
// people ("to: Leon"); flags override that, and without them the error
// says how to write an address.
func TestEmailFrontMatterNames(t *testing.T) {
	src := "---\nto: Leon\nfrom: Sam\nsubject: I'm sorry\n---\nHi Leon,\n"
	opts := emailOptions()
	opts.Headers.To, opts.Headers.From = "leon@example.com", "sam@example.com"
	var b bytes.Buffer
	if err := Format(&b, "eml", mustParse(t, src), opts); err != nil {
		t.Fatalf("flags should override names in the front matter: %v", err)
	}
	if _, err := emailtest.Parse(b.Bytes()); err != nil {
		t.Fatal(err)
	}

	b.Reset()
	opts = emailOptions()
	opts.Headers.From = "sam@example.com"
	err := Format(&b, "eml", mustParse(t, src), opts)
	want := `letter.md: front matter "to": "Leon" is a name, not an email address: write "Leon <address>", or give --to`
	if err == nil || err.Error() != want {
		t.Errorf("err = %v\nwant %s", err, want)
	}

	// A line break is refused even in a value a flag overrides.
	b.Reset()
	opts = emailOptions()
	opts.Headers.To, opts.Headers.From = "leon@example.com", "sam@example.com"
	err = Format(&b, "eml", mustParse(t, "---\nto: \"Leon\\nBcc: eve@example.com\"\n---\nHi\n"), opts)
	if !errors.Is(err, email.ErrLineBreak) || b.Len() != 0 {
		t.Errorf("err = %v, wrote %d bytes", err, b.Len())
	}
}

func TestEmailSubjectFromHeadingDropsControls(t *testing.T) {
	opts := emailOptions()
	opts.Headers.To, opts.Headers.From = "leon@example.com", "sam@example.com"
	var b bytes.Buffer
	if err := Format(&b, "eml", mustParse(t, "# Sorry\x1b[31m, Leon\x07\n"), opts); err != nil {
		t.Fatal(err)
	}
	m, err := emailtest.Parse(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if s, _ := m.Subject(); s != "Sorry [31m, Leon" {
		t.Errorf("Subject = %q", s)
	}
}

func TestEmailBadAddress(t *testing.T) {
	var b bytes.Buffer
	err := Format(&b, "eml", mustParse(t, "---\nto: sam@\nfrom: me@example.com\n---\n"), emailOptions())
	if err == nil || !strings.HasPrefix(err.Error(), `letter.md: front matter "to": "sam@" is not an email address list`) {
		t.Errorf("err = %v", err)
	}
	opts := emailOptions()
	opts.Headers.From = "a@example.com, b@example.com"
	err = Format(&b, "eml", mustParse(t, "---\nto: sam@example.com\n---\n"), opts)
	if err == nil || !strings.HasPrefix(err.Error(), `--from: "a@example.com, b@example.com": give one address`) {
		t.Errorf("err = %v", err)
	}
}

// TestSignOffKeepsItsLines: a closing keeps its line breaks in text and
// HTML; hard-wrapped prose is still joined into one paragraph.
func TestSignOffKeepsItsLines(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"love", "Love,\nSam\n", "Love,\nSam\n"},
		{"three lines", "Kind regards,\nChris\nBrightside Plumbing\n", "Kind regards,\nChris\nBrightside Plumbing\n"},
		{"no comma", "Sam\nand Alex\n", "Sam and Alex\n"},
		{"hard-wrapped prose", "I am sorry I missed the recital on Sunday,\nand I know how long you practised for it.\n",
			"I am sorry I missed the recital on Sunday, and I know how long you\npractised for it.\n"},
		{"too many lines", "Love,\nA\nB\nC\nD\n", "Love, A B C D\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := Parse("x.md", []byte(tt.body))
			if err != nil {
				t.Fatal(err)
			}
			var b strings.Builder
			if err := Text(&b, l); err != nil {
				t.Fatal(err)
			}
			if b.String() != tt.want {
				t.Errorf("text = %q, want %q", b.String(), tt.want)
			}
		})
	}
}
