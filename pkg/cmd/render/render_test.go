package render

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/apology-cli/apology/pkg/cmdutil"
	"github.com/apology-cli/apology/pkg/email"
	"github.com/apology-cli/apology/pkg/email/emailtest"
	"github.com/apology-cli/apology/pkg/iostreams"
)

// A letter the linter passes, one it stops (a conditional apology is an
// error), and one with front matter addresses.
const (
	goodLetter = "# About Friday\n\nMaya, I'm sorry I missed your birthday dinner. It was my fault.\n\n" +
		"I'd like to make it up to you by cooking you dinner on Saturday.\n\n" +
		"From now on I leave work at six when we have plans.\n\nDaniel\n"
	badLetter = "Maya, I'm sorry if you were hurt. It was my fault.\n\n" +
		"I'd like to make it up to you by cooking you dinner on Saturday.\n\n" +
		"From now on I leave work at six when we have plans.\n"
	addressed = "---\nto: Maya <maya@example.com>\nfrom: daniel@example.com\nsubject: About Friday\n---\n" + goodLetter
)

type result struct {
	code           int
	err            error
	stdout, stderr string
}

// run executes `apology render ARGS` in dir with stdin.
func run(t *testing.T, dir, stdin string, args ...string) result {
	t.Helper()
	ios, in, out, errOut := iostreams.Test()
	in.WriteString(stdin)
	f := &cmdutil.Factory{IOStreams: ios, WorkDir: dir, Getenv: func(string) string { return "" }}
	cmd := NewCmdRender(f, func(o *RenderOptions) error {
		o.Headers = email.Headers{Date: time.Date(2025, 3, 14, 9, 30, 0, 0, time.UTC), MessageID: "<test@example.com>"}
		return renderRun(o)
	})
	cmd.SetArgs(args)
	cmd.SetOut(out)
	cmd.SetErr(errOut)
	cmd.SilenceErrors, cmd.SilenceUsage = true, true
	err := cmd.Execute()
	return result{cmdutil.ExitCode(err), err, out.String(), errOut.String()}
}

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRenderFormats(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "letter.md", addressed)
	tests := []struct {
		name string
		args []string
		want []string // substrings of stdout
	}{
		{"default is html", []string{"letter.md"}, []string{"<!DOCTYPE html>", "<title>About Friday</title>", "I&rsquo;m sorry"}},
		{"fragment", []string{"--fragment", "letter.md"}, []string{"<h1 style="}},
		{"subject titles html", []string{"--subject", "Sorry, Maya", "letter.md"}, []string{"<title>Sorry, Maya</title>"}},
		{"text", []string{"--format", "text", "letter.md"}, []string{"About Friday\n\nMaya, I’m sorry I missed your birthday dinner. It was my fault.\n"}},
		{"md", []string{"--format", "md", "letter.md"}, []string{addressed}},
		{"eml", []string{"--format", "eml", "letter.md"}, []string{"MIME-Version: 1.0\r\n", "Subject: About Friday\r\n"}},
		{"stdin dash", []string{"--format", "md", "-"}, []string{"from stdin"}},
		{"stdin piped", []string{"--format", "md"}, []string{"from stdin"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := run(t, dir, "Sorry, from stdin. It was my fault.\n", tt.args...)
			if r.code != 0 {
				t.Fatalf("exit %d: %v\n%s", r.code, r.err, r.stderr)
			}
			for _, w := range tt.want {
				if !strings.Contains(r.stdout, w) {
					t.Errorf("stdout lacks %q:\n%s", w, r.stdout)
				}
			}
		})
	}
}

func TestRenderEmailParses(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "letter.md", goodLetter)
	r := run(t, dir, "", "--format", "eml", "--to", "Maya Lind <maya@example.com>", "--to", "sam@example.com",
		"--cc", "kim@example.com", "--from", "Dániel <daniel@example.com>", "letter.md")
	if r.code != 0 {
		t.Fatalf("exit %d: %v", r.code, r.err)
	}
	m, err := emailtest.Parse([]byte(r.stdout))
	if err != nil {
		t.Fatalf("%v\n%s", err, r.stdout)
	}
	to, _ := m.Header.AddressList("To")
	from, _ := m.Header.AddressList("From")
	if len(to) != 2 || to[0].Address != "maya@example.com" || to[1].Address != "sam@example.com" {
		t.Errorf("To = %v", to)
	}
	if len(from) != 1 || from[0].Name != "Dániel" {
		t.Errorf("From = %v", from)
	}
	if s, _ := m.Subject(); s != "About Friday" {
		t.Errorf("Subject = %q, want the heading", s)
	}
	if !strings.Contains(string(m.Parts[0].Body), "It was my fault.") {
		t.Errorf("text part:\n%s", m.Parts[0].Body)
	}
}

func TestRenderFormatFromOutputExtension(t *testing.T) {
	tests := []struct {
		out, flag, want string
	}{
		{"out.html", "", "<!DOCTYPE html>"},
		{"out.htm", "", "<!DOCTYPE html>"},
		{"out.txt", "", "About Friday\n\nMaya, I’m sorry"},
		{"out.md", "", "---\nto: Maya"},
		{"out.markdown", "", "---\nto: Maya"},
		{"OUT.MD", "", "---\nto: Maya"},
		{"out.eml", "", "Date: Fri, 14 Mar 2025 09:30:00 +0000\r\n"},
		{"out", "", "<!DOCTYPE html>"},                   // no extension: the default
		{"out.txt", "md", "---\nto: Maya"},               // --format wins
		{"out.pdf", "text", "About Friday\n\nMaya, I’m"}, // even over an unknown extension
		{"out.html", "markdown", "---\nto: Maya"},
	}
	for _, tt := range tests {
		t.Run(tt.out+tt.flag, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, dir, "letter.md", addressed)
			args := []string{"letter.md", "-o", tt.out}
			if tt.flag != "" {
				args = append(args, "--format", tt.flag)
			}
			r := run(t, dir, "", args...)
			if r.code != 0 || r.stdout != "" {
				t.Fatalf("exit %d (%v), stdout %q", r.code, r.err, r.stdout)
			}
			got, err := os.ReadFile(filepath.Join(dir, tt.out))
			if err != nil || !strings.HasPrefix(string(got), tt.want) {
				t.Errorf("%s = %.60q (%v), want prefix %q", tt.out, got, err, tt.want)
			}
		})
	}
	// An extension that names no format is refused, naming the file and
	// the extensions that do, and nothing is written.
	for _, out := range []string{"out.pdf", "out.letter"} {
		t.Run(out, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, dir, "letter.md", addressed)
			r := run(t, dir, "", "letter.md", "-o", out)
			want := out + `: unknown extension "` + filepath.Ext(out) + `": use .md, .markdown, .html, .htm, .txt or .eml, or give --format`
			if r.code != 2 || r.err == nil || r.err.Error() != want {
				t.Fatalf("exit %d: %v, want 2 and %q", r.code, r.err, want)
			}
			if _, err := os.Stat(filepath.Join(dir, out)); err == nil {
				t.Errorf("%s was written", out)
			}
		})
	}
}

func TestRenderOutputNoClobber(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "letter.md", goodLetter)
	mine := writeFile(t, dir, "letter.html", "my own page\n")

	r := run(t, dir, "", "letter.md", "-o", "letter.html")
	if r.code != 2 || r.err == nil || r.err.Error() != "letter.html: already exists (use --force to replace it)" {
		t.Fatalf("exit %d: %v", r.code, r.err)
	}
	if b, _ := os.ReadFile(mine); string(b) != "my own page\n" {
		t.Fatalf("letter.html overwritten: %q", b)
	}

	r = run(t, dir, "", "letter.md", "-o", "letter.html", "--force")
	if r.code != 0 {
		t.Fatalf("--force: exit %d: %v", r.code, r.err)
	}
	if b, _ := os.ReadFile(mine); !strings.HasPrefix(string(b), "<!DOCTYPE html>") {
		t.Errorf("--force did not replace letter.html: %q", b)
	}

	// The letter itself is never the output, even with --force.
	for _, out := range []string{"letter.md", filepath.Join(dir, "letter.md"), "./letter.md"} {
		r = run(t, dir, "", "letter.md", "-o", out, "--force", "--format", "text")
		if r.code != 2 || !strings.Contains(r.err.Error(), "is the letter being rendered") {
			t.Errorf("-o %s: exit %d: %v", out, r.code, r.err)
		}
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "letter.md")); string(b) != goodLetter {
		t.Errorf("letter.md changed: %q", b)
	}
	if _, err := os.Stat(filepath.Join(dir, "missing", "x.html")); err == nil {
		t.Fatal("unexpected file")
	}
	r = run(t, dir, "", "letter.md", "-o", filepath.Join("missing", "x.html"))
	if r.code != 2 {
		t.Errorf("-o into a missing directory: exit %d", r.code)
	}
}

func TestRenderLintGate(t *testing.T) {
	tests := []struct {
		name     string
		letter   string
		config   string
		args     []string
		code     int
		rendered bool
		stderr   []string
		quiet    bool // nothing on stderr at all
	}{
		{"error stops it", badLetter, "", nil, 1, false,
			[]string{"letter.md:1:", "error:", "[conditional-apology]", "apology: not rendered: fix the errors above, or use --force to render anyway"}, false},
		{"--force renders anyway", badLetter, "", []string{"--force"}, 0, true,
			[]string{"[conditional-apology]", "rendering despite the errors above (--force)"}, false},
		{"--no-lint skips it", badLetter, "", []string{"--no-lint"}, 0, true, nil, true},
		{"clean letter is quiet", goodLetter, "", nil, 0, true, nil, true},
		{"config turns the rule off", badLetter, "rules:\n  conditional-apology: off\n", nil, 0, true, nil, false},
		{"config makes it a warning", badLetter, "rules:\n  conditional-apology: warning\n", nil, 0, true, []string{"warning:"}, false},
		{"config fail-on warning stops warnings", badLetter, "fail-on: warning\nrules:\n  conditional-apology: warning\n", nil, 1, false,
			[]string{"not rendered: fix the findings (warning and above) above"}, false},
		{"broken config is exit 2", goodLetter, "rules: [\n", nil, 2, false, nil, false},
		{"--no-lint ignores a broken config", goodLetter, "rules: [\n", []string{"--no-lint"}, 0, true, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, dir, "letter.md", tt.letter)
			if tt.config != "" {
				writeFile(t, dir, ".apology.yaml", tt.config)
			}
			r := run(t, dir, "", append([]string{"--format", "text", "letter.md"}, tt.args...)...)
			if r.code != tt.code {
				t.Fatalf("exit %d, want %d: %v\n%s", r.code, tt.code, r.err, r.stderr)
			}
			if rendered := r.stdout != ""; rendered != tt.rendered {
				t.Errorf("rendered = %v, want %v: %q", rendered, tt.rendered, r.stdout)
			}
			for _, w := range tt.stderr {
				if !strings.Contains(r.stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, r.stderr)
				}
			}
			if tt.quiet && r.stderr != "" {
				t.Errorf("stderr = %q, want nothing", r.stderr)
			}
			if r.code == 0 && !strings.Contains(strings.Join(tt.args, " "), "--force") && strings.Contains(r.stderr, "error:") {
				t.Errorf("rendered despite an error:\n%s", r.stderr)
			}
		})
	}
}

func TestRenderLintGateWritesNoFile(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "letter.md", badLetter)
	r := run(t, dir, "", "letter.md", "-o", "out.eml", "--to", "a@example.com", "--from", "b@example.com")
	if r.code != 1 {
		t.Fatalf("exit %d: %v", r.code, r.err)
	}
	if _, err := os.Stat(filepath.Join(dir, "out.eml")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("out.eml written despite lint errors (%v)", err)
	}
}

// TestRenderHeaderInjection: a CR or LF in any header flag or front matter
// key is exit 2 naming it, with nothing written.
func TestRenderHeaderInjection(t *testing.T) {
	base := []string{"--format", "eml", "letter.md"}
	good := map[string]string{"to": "sam@example.com", "from": "me@example.com", "cc": "kim@example.com", "subject": "Sorry"}
	for _, key := range []string{"to", "from", "cc", "subject"} {
		for _, br := range []string{"\r\n", "\n", "\r"} {
			brName := strings.NewReplacer("\r", "CR", "\n", "LF").Replace(br)
			t.Run("--"+key+"/"+brName, func(t *testing.T) {
				dir := t.TempDir()
				writeFile(t, dir, "letter.md", goodLetter)
				args := append([]string{}, base...)
				for k, v := range good {
					if k == key {
						v += br + "Bcc: eve@example.com"
					}
					args = append(args, "--"+k, v)
				}
				r := run(t, dir, "", args...)
				want := "--" + key + ": contains a line break"
				if r.code != 2 || r.err == nil || !strings.HasPrefix(r.err.Error(), want) {
					t.Fatalf("exit %d: %v, want %q", r.code, r.err, want)
				}
				if r.stdout != "" {
					t.Errorf("stdout = %q", r.stdout)
				}
			})
			t.Run("front matter "+key+"/"+brName, func(t *testing.T) {
				dir := t.TempDir()
				var fm strings.Builder
				for _, k := range []string{"to", "from", "cc", "subject"} {
					v := good[k]
					if k == key {
						v += strings.NewReplacer("\r", `\r`, "\n", `\n`).Replace(br) + "Bcc: eve@example.com"
					}
					fm.WriteString(k + ": \"" + v + "\"\n")
				}
				writeFile(t, dir, "letter.md", "---\n"+fm.String()+"---\n"+goodLetter)
				r := run(t, dir, "", base...)
				want := `letter.md: front matter "` + key + `": contains a line break`
				if r.code != 2 || r.err == nil || !strings.HasPrefix(r.err.Error(), want) {
					t.Fatalf("exit %d: %v, want %q", r.code, r.err, want)
				}
				if r.stdout != "" {
					t.Errorf("stdout = %q", r.stdout)
				}
			})
		}
	}
}

func TestRenderErrors(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "letter.md", goodLetter)
	writeFile(t, dir, "binary.md", "Sorry\x00\x01")
	writeFile(t, dir, "badfm.md", "---\nto: [a\n---\nSorry.\n")
	if err := os.Mkdir(filepath.Join(dir, "letters"), 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		args  []string
		flag  bool // a usage error
		want  string
		stdin bool // stdin is a terminal
	}{
		{"unknown format", []string{"--format", "pdf", "letter.md"}, true, `--format: unknown format "pdf" (want md, html, text, eml)`, false},
		{"fragment needs html", []string{"--format", "text", "--fragment", "letter.md"}, true, "--fragment only applies to --format html", false},
		{"--to needs eml", []string{"--to", "a@example.com", "letter.md"}, true, "--to does not apply to --format html", false},
		{"--from needs eml", []string{"--format", "text", "--from", "a@example.com", "letter.md"}, true, "--from does not apply to --format text", false},
		{"--cc needs eml", []string{"--format", "md", "--cc", "a@example.com", "letter.md"}, true, "--cc does not apply to --format md", false},
		{"--subject needs eml or html", []string{"--format", "text", "--subject", "x", "letter.md"}, true, "--subject does not apply to --format text", false},
		{"no letter", nil, true, "no letter given: name a file, or pipe one to standard input", true},
		{"two letters", []string{"letter.md", "letter.md"}, false, "accepts at most 1 arg(s), received 2", false},
		{"missing file", []string{"nope.md"}, false, "nope.md: no such file or directory", false},
		{"directory", []string{"letters"}, false, "letters: is a directory; render takes one letter", false},
		{"binary", []string{"binary.md"}, false, "binary.md: binary file, not a letter", false},
		{"bad front matter", []string{"badfm.md"}, false, "badfm.md: front matter: line", false},
		{"missing To", []string{"--format", "eml", "--from", "me@example.com", "letter.md"}, false,
			`letter.md: no "To" address: give --to, or "to:" in the letter's front matter`, false},
		{"missing From", []string{"--format", "eml", "--to", "sam@example.com", "letter.md"}, false,
			`letter.md: no "From" address: give --from, or "from:" in the letter's front matter`, false},
		{"bad address", []string{"--format", "eml", "--to", "sam", "--from", "me@example.com", "letter.md"}, false,
			`--to: "sam" is not an email address list`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ios, _, out, errOut := iostreams.Test()
			ios.SetStdinTTY(tt.stdin)
			f := &cmdutil.Factory{IOStreams: ios, WorkDir: dir}
			cmd := NewCmdRender(f, nil)
			cmd.SetArgs(tt.args)
			cmd.SetOut(out)
			cmd.SetErr(errOut)
			cmd.SilenceErrors, cmd.SilenceUsage = true, true
			err := cmd.Execute()
			if cmdutil.ExitCode(err) != 2 || err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Fatalf("err = %v (exit %d), want exit 2 and %q", err, cmdutil.ExitCode(err), tt.want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error is more than one line: %q", err)
			}
			var fe *cmdutil.FlagError
			if tt.flag && !errors.As(err, &fe) {
				t.Errorf("want a usage error, got %T", err)
			}
			if out.Len() != 0 {
				t.Errorf("stdout = %q", out.String())
			}
		})
	}
}
