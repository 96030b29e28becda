package prompt

import (
	"fmt"
	"strings"
	"sync"
)

// Kind names the sort of question a step answers.
type Kind string

const (
	KindInput     Kind = "input"
	KindMultiline Kind = "multiline"
	KindSelect    Kind = "select"
	KindConfirm   Kind = "confirm"
	KindEditor    Kind = "editor"
)

// Step is one expected question and the scripted reply to it.
type Step struct {
	Kind Kind
	// Match must occur in the question's message; it tells which question
	// the step answers, so a question asked out of order fails the test.
	Match  string
	Answer string // text typed, option picked or edited text ("" takes the default)
	Yes    bool   // the reply to a Confirm
	Err    error  // returned instead of a reply (ErrInterrupted for Ctrl-C)
}

// Input, Select, Confirm, Editor, Multiline and Interrupt build steps.
func Input(match, answer string) Step { return Step{Kind: KindInput, Match: match, Answer: answer} }
func Multiline(match, answer string) Step {
	return Step{Kind: KindMultiline, Match: match, Answer: answer}
}
func Select(match, option string) Step    { return Step{Kind: KindSelect, Match: match, Answer: option} }
func Confirm(match string, yes bool) Step { return Step{Kind: KindConfirm, Match: match, Yes: yes} }
func Editor(match, text string) Step      { return Step{Kind: KindEditor, Match: match, Answer: text} }

// Interrupt is the person pressing Ctrl-C at the question.
func Interrupt(kind Kind, match string) Step {
	return Step{Kind: kind, Match: match, Err: ErrInterrupted}
}

// Failer is the part of testing.TB the fake reports to. Errorf must be
// safe to call from any goroutine (testing.T's is).
type Failer interface {
	Helper()
	Errorf(format string, args ...any)
}

// Scripted is a Prompter for tests: it answers from a script, in order,
// and fails loudly (an error to the caller and a test failure) on any
// question the script did not expect. Like a person at a real prompt,
// an answer its validator refuses is not accepted: the refusal is
// recorded and the same question is asked again, so the next step must
// answer it.
type Scripted struct {
	t Failer

	mu       sync.Mutex
	steps    []Step
	next     int
	asked    []string
	refusals []Refusal
}

// Refusal is an answer a validator refused, with the reason shown.
type Refusal struct {
	Message string // the question
	Answer  string
	Reason  string
}

// NewScripted returns a prompter that replays steps; t may be nil.
func NewScripted(t Failer, steps ...Step) *Scripted {
	return &Scripted{t: t, steps: steps}
}

// Asked returns the messages of every question asked, in order.
func (s *Scripted) Asked() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.asked...)
}

// Refusals returns every answer a validator refused, in order.
func (s *Scripted) Refusals() []Refusal {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Refusal(nil), s.refusals...)
}

// Remaining returns the steps not yet used.
func (s *Scripted) Remaining() []Step {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Step(nil), s.steps[s.next:]...)
}

// Verify fails the test when steps are left unused: the script expected
// questions that were never asked.
func (s *Scripted) Verify() error {
	rest := s.Remaining()
	if len(rest) == 0 {
		return nil
	}
	var b strings.Builder
	for _, st := range rest {
		fmt.Fprintf(&b, "\n  %s %q", st.Kind, st.Match)
	}
	err := fmt.Errorf("scripted prompter: %d expected question(s) never asked:%s", len(rest), b.String())
	s.fail(err)
	return err
}

func (s *Scripted) fail(err error) {
	if s.t != nil {
		s.t.Helper()
		s.t.Errorf("%v", err)
	}
}

// take returns the next step, which must be of kind and match message.
func (s *Scripted) take(kind Kind, message string) (Step, error) {
	s.mu.Lock()
	s.asked = append(s.asked, message)
	if s.next >= len(s.steps) {
		s.mu.Unlock()
		err := fmt.Errorf("scripted prompter: unexpected %s question %q: the script has no more answers", kind, message)
		s.fail(err)
		return Step{}, err
	}
	st := s.steps[s.next]
	if st.Kind != kind || !strings.Contains(message, st.Match) {
		s.mu.Unlock()
		err := fmt.Errorf("scripted prompter: asked %s %q, but step %d expects %s %q", kind, message, s.next+1, st.Kind, st.Match)
		s.fail(err)
		return Step{}, err
	}
	s.next++
	s.mu.Unlock()
	return st, nil
}

// text answers a free-text question, re-asking while validate refuses.
func (s *Scripted) text(kind Kind, message, defaultValue string, validate Validator) (string, error) {
	for {
		st, err := s.take(kind, message)
		if err != nil {
			return "", err
		}
		if st.Err != nil {
			return "", st.Err
		}
		answer := st.Answer
		if answer == "" {
			answer = defaultValue
		}
		if validate != nil {
			if verr := validate(answer); verr != nil {
				s.mu.Lock()
				s.refusals = append(s.refusals, Refusal{Message: message, Answer: answer, Reason: verr.Error()})
				s.mu.Unlock()
				continue
			}
		}
		return answer, nil
	}
}

// Input implements Prompter.
func (s *Scripted) Input(message, help, defaultValue string, validate Validator) (string, error) {
	return s.text(KindInput, message, defaultValue, validate)
}

// Multiline implements Prompter.
func (s *Scripted) Multiline(message, help, defaultValue string, validate Validator) (string, error) {
	return s.text(KindMultiline, message, defaultValue, validate)
}

// Select implements Prompter. The scripted option must be one offered.
func (s *Scripted) Select(message, help string, options []string, defaultValue string) (string, error) {
	st, err := s.take(KindSelect, message)
	if err != nil {
		return "", err
	}
	if st.Err != nil {
		return "", st.Err
	}
	choice := st.Answer
	if choice == "" {
		choice = defaultValue
	}
	for _, o := range options {
		if o == choice {
			return choice, nil
		}
	}
	err = fmt.Errorf("scripted prompter: %q is not an option of %q (options: %q)", choice, message, options)
	s.fail(err)
	return "", err
}

// Confirm implements Prompter.
func (s *Scripted) Confirm(message, help string, defaultValue bool) (bool, error) {
	st, err := s.take(KindConfirm, message)
	if err != nil {
		return false, err
	}
	if st.Err != nil {
		return false, st.Err
	}
	return st.Yes, nil
}

// Editor implements Prompter: the step's text is what the person saved;
// an empty one means they closed the editor without changing anything.
func (s *Scripted) Editor(message, help, text string) (string, error) {
	st, err := s.take(KindEditor, message)
	if err != nil {
		return "", err
	}
	if st.Err != nil {
		return "", st.Err
	}
	if st.Answer == "" {
		return text, nil
	}
	return st.Answer, nil
}

var _ Prompter = (*Scripted)(nil)
