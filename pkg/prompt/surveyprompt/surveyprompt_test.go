package surveyprompt_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/apology-cli/apology/pkg/prompt"
	"github.com/apology-cli/apology/pkg/prompt/surveyprompt"
	"github.com/apology-cli/apology/pkg/prompt/surveyprompt/ptytest"
)

func newPrompter(con *ptytest.Console, opts surveyprompt.Options) *surveyprompt.Prompter {
	opts.NoColor = true
	return surveyprompt.New(con.Tty(), con.Tty(), opts)
}

func TestInputTyped(t *testing.T) {
	con := ptytest.New(t)
	con.Person(func(p *ptytest.Person) {
		p.Answer("Who are you writing to?", "Alex")
	})
	got, err := newPrompter(con, surveyprompt.Options{}).Input("Who are you writing to?", "their name", "", nil)
	con.Wait()
	if err != nil || got != "Alex" {
		t.Fatalf("Input = %q, %v", got, err)
	}
}

func TestInputHelpAndDefault(t *testing.T) {
	con := ptytest.New(t)
	con.Person(func(p *ptytest.Person) {
		p.Expect("Tone?")
		p.Type("?\r")
		p.Expect("warm suits people close to you")
		p.Type("\r")
	})
	got, err := newPrompter(con, surveyprompt.Options{}).Input("Tone?", "warm suits people close to you", "warm", nil)
	con.Wait()
	if err != nil || got != "warm" {
		t.Fatalf("Input = %q, %v", got, err)
	}
}

func TestInputRefusedThenCorrected(t *testing.T) {
	validate := func(s string) error {
		if strings.Contains(s, "everything") {
			return errors.New(`"everything" is vague: name what you did`)
		}
		return nil
	}
	con := ptytest.New(t)
	con.Person(func(p *ptytest.Person) {
		p.Answer("What did you do?", "sorry for everything")
		p.Expect(`"everything" is vague: name what you did`)
		p.Answer("What did you do?", "I read your messages")
	})
	got, err := newPrompter(con, surveyprompt.Options{}).Input("What did you do?", "", "", validate)
	con.Wait()
	if err != nil || got != "I read your messages" {
		t.Fatalf("Input = %q, %v", got, err)
	}
}

func TestInterrupts(t *testing.T) {
	tests := []struct {
		name string
		key  string
		ask  func(*surveyprompt.Prompter) error
	}{
		{"ctrl-c at input", "\x03", func(p *surveyprompt.Prompter) error {
			_, err := p.Input("Question?", "", "", nil)
			return err
		}},
		{"esc at input", "\x1b", func(p *surveyprompt.Prompter) error {
			_, err := p.Input("Question?", "", "", nil)
			return err
		}},
		{"ctrl-c at select", "\x03", func(p *surveyprompt.Prompter) error {
			_, err := p.Select("Question?", "", []string{"a", "b"}, "")
			return err
		}},
		{"esc at select", "\x1b", func(p *surveyprompt.Prompter) error {
			_, err := p.Select("Question?", "", []string{"a", "b"}, "")
			return err
		}},
		{"esc at confirm", "\x1b", func(p *surveyprompt.Prompter) error {
			_, err := p.Confirm("Question?", "", true)
			return err
		}},
		{"ctrl-c at editor", "\x03", func(p *surveyprompt.Prompter) error {
			_, err := p.Editor("Question?", "", "text")
			return err
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			con := ptytest.New(t)
			con.Person(func(p *ptytest.Person) {
				p.Expect("Question?")
				p.Type(tt.key)
			})
			err := tt.ask(newPrompter(con, surveyprompt.Options{Editor: "false"}))
			con.Wait()
			if !errors.Is(err, prompt.ErrInterrupted) {
				t.Fatalf("err = %v, want prompt.ErrInterrupted", err)
			}
		})
	}
}

func TestSelectWithArrows(t *testing.T) {
	con := ptytest.New(t)
	con.Person(func(p *ptytest.Person) {
		p.Expect("Relationship?")
		p.Type("\x1b[B") // arrow down: an escape sequence, not Esc
		p.Type("\r")
	})
	got, err := newPrompter(con, surveyprompt.Options{}).Select("Relationship?", "", []string{"partner", "friend", "family"}, "")
	con.Wait()
	if err != nil || got != "friend" {
		t.Fatalf("Select = %q, %v", got, err)
	}
}

func TestEditorRunsTheEditor(t *testing.T) {
	dir := t.TempDir()
	script := filepath.Join(dir, "edit.sh")
	// A stand-in editor: it replaces one word in the file it is given.
	if err := os.WriteFile(script, []byte("#!/bin/sh\nsed -i 's/draft/final/' \"$1\"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	con := ptytest.New(t)
	con.Person(func(p *ptytest.Person) {
		p.Expect("Edit the letter")
		p.Type("\r")
	})
	got, err := newPrompter(con, surveyprompt.Options{Editor: script}).Editor("Edit the letter", "", "the draft letter\n")
	con.Wait()
	if err != nil || got != "the final letter\n" {
		t.Fatalf("Editor = %q, %v", got, err)
	}
}

// TestInterrupt: closing Options.Interrupt ends the question being asked
// at once, as Ctrl-C does, and gives the terminal its line mode back.
func TestInterrupt(t *testing.T) {
	con := ptytest.New(t)
	interrupt := make(chan struct{})
	returned := make(chan struct{})
	con.Person(func(p *ptytest.Person) {
		p.Expect("Who are you writing to?")
		p.Type("Al") // halfway through an answer
		time.Sleep(50 * time.Millisecond)
		close(interrupt)
		// The read the interrupt cut short still waits for a key (a
		// process exits then; a test gives it one).
		<-returned
		p.TypeLine("")
	})
	errc := make(chan error, 1)
	go func() {
		_, err := newPrompter(con, surveyprompt.Options{Interrupt: interrupt}).Input("Who are you writing to?", "", "", nil)
		errc <- err
	}()
	var err error
	select {
	case err = <-errc:
		close(returned)
	case <-time.After(10 * time.Second):
		close(returned)
		t.Fatal("the question was still waiting for keys 10s after the interrupt")
	}
	if !errors.Is(err, prompt.ErrInterrupted) {
		t.Fatalf("err = %v, want prompt.ErrInterrupted", err)
	}
	tio, terr := unix.IoctlGetTermios(int(con.Tty().Fd()), unix.TCGETS)
	if terr != nil {
		t.Fatal(terr)
	}
	if tio.Lflag&unix.ICANON == 0 || tio.Lflag&unix.ECHO == 0 {
		t.Error("the terminal was left without line mode or echo")
	}
	con.Wait()
}
