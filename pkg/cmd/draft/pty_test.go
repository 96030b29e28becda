package draft_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apology-cli/apology/pkg/cmd/root"
	"github.com/apology-cli/apology/pkg/cmdutil"
	"github.com/apology-cli/apology/pkg/iostreams"
	"github.com/apology-cli/apology/pkg/prompt"
	"github.com/apology-cli/apology/pkg/prompt/surveyprompt"
	"github.com/apology-cli/apology/pkg/prompt/surveyprompt/ptytest"
)

// terminalRun is `apology ARGS` in this process, with its questions on a
// pseudo-terminal and its standard output redirected to a file, as in
// `apology draft > letter.md`.
type terminalRun struct {
	con    *ptytest.Console
	work   string
	stdout *os.File
	stderr bytes.Buffer
}

func newTerminalRun(t *testing.T) *terminalRun {
	t.Helper()
	work := t.TempDir()
	stdout, err := os.Create(filepath.Join(work, "stdout"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { stdout.Close() })
	return &terminalRun{con: ptytest.New(t), work: work, stdout: stdout}
}

func (r *terminalRun) run(t *testing.T, args ...string) int {
	t.Helper()
	tty := r.con.Tty()
	io := &iostreams.IOStreams{In: strings.NewReader(""), Out: r.stdout, ErrOut: &r.stderr}
	io.SetTTY(tty, tty)
	env := map[string]string{"HOME": r.work, "XDG_CONFIG_HOME": filepath.Join(r.work, ".config"), "NO_COLOR": "1"}
	f := &cmdutil.Factory{
		IOStreams: io,
		Prompter: func() prompt.Prompter {
			return surveyprompt.New(tty, tty, surveyprompt.Options{NoColor: true})
		},
		Getenv:  func(k string) string { return env[k] },
		WorkDir: r.work,
	}
	code := root.Run(context.Background(), f, args)
	r.con.Wait()
	return code
}

func (r *terminalRun) stdoutText(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(r.stdout.Name())
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestTerminalInterview types the interview as a person would: help at a
// question, a vague answer the rules refuse, its correction, menus picked
// with arrows and Enter. Standard output, a file here, holds only the
// letter: the same letter as the answers file drafts, no escape codes.
func TestTerminalInterview(t *testing.T) {
	r := newTerminalRun(t)
	r.con.Person(func(p *ptytest.Person) {
		keep := func() { // the answer as the letter will say it: kept
			p.Expect("Keep it as it reads in the letter?")
			p.Type("\r")
		}
		p.Answer("Who are you writing to?", "Alex")
		p.Expect("What are they to you?")
		p.Type("\r") // partner is the first option
		p.Answer("What did you do?", "I'm sorry for everything")
		p.Expect("[vague-apology]")
		p.Answer("What did you do?", "I read your messages on your phone without asking, while you were in the shower on Sunday")
		p.Expect("In the letter: I'm sorry I read your messages")
		keep()
		p.Expect("How did it affect them?")
		p.Type("?\r")
		p.Expect("Acknowledge the harm from their side")
		p.Type("You found out when I brought up your chat with Jo, and now your phone doesn't feel like your own in our home\r")
		keep()
		p.Answer("What led to it?", "I had been anxious about us for weeks, and instead of talking to you about it, I let it turn into suspicion")
		keep()
		p.Answer("make it right?", "I'd like to start couples counselling with you, with a counsellor you choose, and I'll pay for it")
		keep()
		p.Answer("do differently from now on?", "I will tell you directly when something worries me")
		keep()
		p.Answer("Anything else", "I will not pick up your phone without your say-so")
		keep()
		p.Answer("Anything else", "")
		p.Answer("in your own words?", "")
		p.Expect("How should the letter end?")
		p.Type("\r") // give-time
		p.Expect("Which voice?")
		p.Type("\x1b[B\x1b[A\r") // down and back up to warm, the default
		p.Answer("How will you sign it?", "Sam")
	})
	if code := r.run(t, "draft"); code != 0 {
		t.Fatalf("exit %d\nstderr: %s\nscreen:\n%s", code, r.stderr.String(), r.con.Screen())
	}
	got := r.stdoutText(t)
	want, err := os.ReadFile("../../../testdata/golden/draft/partner.md")
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("stdout is not just the letter:\n%q\nwant:\n%q", got, want)
	}
	if strings.ContainsRune(got, '\x1b') {
		t.Error("escape sequences on stdout")
	}
	if r.stderr.Len() > 0 {
		t.Errorf("stderr: %s", r.stderr.String())
	}
	if !strings.Contains(r.con.Transcript(), "Sorry, your reply was invalid") {
		t.Error("the refusal was not shown at the prompt")
	}
}

// TestTerminalInterrupt: Ctrl-C or Esc at a question exits 130 and
// writes nothing, neither the -o file nor standard output.
func TestTerminalInterrupt(t *testing.T) {
	for _, key := range []struct{ name, keys string }{{"ctrl-c", "\x03"}, {"esc", "\x1b"}} {
		t.Run(key.name, func(t *testing.T) {
			r := newTerminalRun(t)
			r.con.Person(func(p *ptytest.Person) {
				p.Answer("Who are you writing to?", "Alex")
				p.Expect("What are they to you?")
				p.Type("\r")
				p.Expect("What did you do?")
				p.Type("I read your")
				p.Type(key.keys)
			})
			code := r.run(t, "draft", "-o", "letter.md")
			if code != cmdutil.ExitCancel {
				t.Fatalf("exit %d, want %d\nstderr: %s", code, cmdutil.ExitCancel, r.stderr.String())
			}
			if _, err := os.Stat(filepath.Join(r.work, "letter.md")); err == nil {
				t.Error("letter.md was written")
			}
			if got := r.stdoutText(t); got != "" {
				t.Errorf("stdout: %q", got)
			}
			if !strings.Contains(r.stderr.String(), "interrupted, nothing written") {
				t.Errorf("stderr: %q", r.stderr.String())
			}
		})
	}
}
