package prompt

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// recorder is a Failer that keeps what the fake reported.
type recorder struct{ errs []string }

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

func noIf(s string) error {
	if strings.Contains(s, "if") {
		return errors.New(`leave out "if"`)
	}
	return nil
}

func TestScriptedAnswersInOrder(t *testing.T) {
	s := NewScripted(t,
		Input("name", "Sam"),
		Select("relationship", "friend"),
		Confirm("sure", true),
		Multiline("changes", "one\ntwo"),
		Editor("letter", "edited"),
		Editor("again", ""),
	)
	if got, err := s.Input("Your name?", "", "", nil); err != nil || got != "Sam" {
		t.Fatalf("Input = %q, %v", got, err)
	}
	if got, err := s.Select("Your relationship?", "", []string{"partner", "friend"}, "partner"); err != nil || got != "friend" {
		t.Fatalf("Select = %q, %v", got, err)
	}
	if got, err := s.Confirm("Are you sure?", "", false); err != nil || !got {
		t.Fatalf("Confirm = %v, %v", got, err)
	}
	if got, err := s.Multiline("Your changes?", "", "", nil); err != nil || got != "one\ntwo" {
		t.Fatalf("Multiline = %q, %v", got, err)
	}
	if got, err := s.Editor("Edit the letter", "", "draft"); err != nil || got != "edited" {
		t.Fatalf("Editor = %q, %v", got, err)
	}
	if got, err := s.Editor("Edit it again", "", "draft"); err != nil || got != "draft" {
		t.Fatalf("Editor unchanged = %q, %v", got, err)
	}
	if err := s.Verify(); err != nil {
		t.Fatal(err)
	}
	if want := []string{"Your name?", "Your relationship?", "Are you sure?", "Your changes?", "Edit the letter", "Edit it again"}; strings.Join(s.Asked(), "|") != strings.Join(want, "|") {
		t.Errorf("Asked = %q, want %q", s.Asked(), want)
	}
}

func TestScriptedDefaults(t *testing.T) {
	s := NewScripted(t, Input("tone", ""), Select("pick", ""))
	if got, _ := s.Input("tone?", "", "warm", nil); got != "warm" {
		t.Errorf("empty input = %q, want the default", got)
	}
	if got, _ := s.Select("pick one", "", []string{"a", "b"}, "b"); got != "b" {
		t.Errorf("empty select = %q, want the default", got)
	}
}

func TestScriptedRefusedAnswerIsAskedAgain(t *testing.T) {
	s := NewScripted(t,
		Input("did", "sorry if you were upset"),
		Input("did", "I read your messages"),
	)
	got, err := s.Input("What did you do?", "", "", noIf)
	if err != nil || got != "I read your messages" {
		t.Fatalf("Input = %q, %v", got, err)
	}
	r := s.Refusals()
	if len(r) != 1 || r[0].Answer != "sorry if you were upset" || r[0].Reason != `leave out "if"` {
		t.Errorf("Refusals = %+v", r)
	}
}

func TestScriptedFailsLoudly(t *testing.T) {
	tests := []struct {
		name  string
		steps []Step
		ask   func(*Scripted) error
		want  string
	}{
		{"no more answers", nil,
			func(s *Scripted) error { _, err := s.Input("Who?", "", "", nil); return err },
			`unexpected input question "Who?"`},
		{"wrong question", []Step{Input("name", "Sam")},
			func(s *Scripted) error { _, err := s.Input("What did you do?", "", "", nil); return err },
			`expects input "name"`},
		{"wrong kind", []Step{Input("relationship", "friend")},
			func(s *Scripted) error {
				_, err := s.Select("Your relationship?", "", []string{"friend"}, "")
				return err
			},
			`asked select`},
		{"not an option", []Step{Select("relationship", "enemy")},
			func(s *Scripted) error {
				_, err := s.Select("Your relationship?", "", []string{"friend"}, "")
				return err
			},
			`"enemy" is not an option`},
		{"refused until the script runs out", []Step{Input("did", "sorry if")},
			func(s *Scripted) error { _, err := s.Input("What did you do?", "", "", noIf); return err },
			`no more answers`},
		{"unused steps", []Step{Input("name", "Sam")},
			func(s *Scripted) error { return s.Verify() },
			`never asked`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := &recorder{}
			s := NewScripted(rec, tt.steps...)
			err := tt.ask(s)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want it to contain %q", err, tt.want)
			}
			if len(rec.errs) != 1 || !strings.Contains(rec.errs[0], tt.want) {
				t.Errorf("test failures reported = %q", rec.errs)
			}
		})
	}
}

func TestScriptedInterrupt(t *testing.T) {
	s := NewScripted(t, Interrupt(KindInput, "name"), Interrupt(KindSelect, "tone"), Interrupt(KindEditor, "letter"), Interrupt(KindConfirm, "sure"))
	if _, err := s.Input("Your name?", "", "", nil); !errors.Is(err, ErrInterrupted) {
		t.Errorf("Input err = %v", err)
	}
	if _, err := s.Select("Your tone?", "", []string{"warm"}, ""); !errors.Is(err, ErrInterrupted) {
		t.Errorf("Select err = %v", err)
	}
	if _, err := s.Editor("Edit the letter", "", ""); !errors.Is(err, ErrInterrupted) {
		t.Errorf("Editor err = %v", err)
	}
	if _, err := s.Confirm("Are you sure?", "", true); !errors.Is(err, ErrInterrupted) {
		t.Errorf("Confirm err = %v", err)
	}
}
