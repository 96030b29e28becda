// Package surveyprompt asks questions on a terminal with
// github.com/AlecAivazis/survey/v2. It is the only package that imports
// survey: commands see the prompt.Prompter interface.
package surveyprompt

import (
	"errors"
	"io"
	"reflect"
	"strings"

	"github.com/AlecAivazis/survey/v2"
	"github.com/AlecAivazis/survey/v2/core"
	"github.com/AlecAivazis/survey/v2/terminal"

	"github.com/apology-cli/apology/pkg/iostreams"
	"github.com/apology-cli/apology/pkg/prompt"
)

// Options adjust the prompter.
type Options struct {
	// Editor is the command that edits a letter ($VISUAL or $EDITOR);
	// empty leaves survey's choice (vim).
	Editor string
	// NoColor draws the prompts without ANSI colours (NO_COLOR).
	NoColor bool
	// Interrupt, once closed, ends the prompt being asked as Ctrl-C
	// would: the terminal is restored and prompt.ErrInterrupted returned.
	// Closed when the process is told to stop (SIGTERM), which a prompt
	// reading keys would otherwise not notice until the next key.
	Interrupt <-chan struct{}
}

// Prompter asks on a terminal: in and out are the controlling terminal
// (iostreams TTY), never stdout, which holds the letter.
type Prompter struct {
	in   iostreams.FileReader
	esc  *escReader
	out  iostreams.FileWriter
	opts Options
}

// New returns a prompter that reads keys from in and draws on out.
func New(in iostreams.FileReader, out iostreams.FileWriter, opts Options) *Prompter {
	if opts.NoColor {
		// survey's colour switch is global; the process has one terminal.
		core.DisableColor = true
	}
	keys := in
	if opts.Interrupt != nil {
		keys = &interruptibleReader{in: in, done: opts.Interrupt}
	}
	return &Prompter{in: in, esc: &escReader{in: keys}, out: out, opts: opts}
}

func (p *Prompter) ask(q survey.Prompt, resp any, in terminal.FileReader, validate prompt.Validator) error {
	opts := []survey.AskOpt{
		survey.WithStdio(in, p.out, p.out),
		survey.WithHelpInput('?'),
	}
	if validate != nil {
		opts = append(opts, survey.WithValidator(func(ans any) error {
			s, _ := ans.(string)
			return validate(s)
		}))
	}
	err := survey.AskOne(q, resp, opts...)
	select {
	case <-p.opts.Interrupt:
		// Whatever survey was reading when the interrupt came (a key, a
		// cursor report) ended early: the question was interrupted.
		return prompt.ErrInterrupted
	default:
	}
	return mapErr(err)
}

// mapErr turns survey's interrupt into the prompter's own sentinel.
func mapErr(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, terminal.InterruptErr):
		return prompt.ErrInterrupted
	case errors.Is(err, io.EOF):
		return errors.New("the terminal closed before the question was answered")
	}
	return err
}

// Input implements prompt.Prompter.
func (p *Prompter) Input(message, help, defaultValue string, validate prompt.Validator) (string, error) {
	var s string
	q := &input{&survey.Input{Message: message, Help: help, Default: defaultValue}}
	err := p.ask(q, &s, p.esc, validate)
	return s, err
}

// input is survey's Input, minus a drawing bug: when Enter is pressed the
// typed answer is erased from the screen, yet survey still counts its
// lines when it redraws, so an answer long enough to wrap made it erase
// the line above too (the previous question and its answer). Once the
// answer is read, the renderer is told that only the question is drawn.
type input struct{ *survey.Input }

func (i *input) Prompt(config *survey.PromptConfig) (any, error) {
	v, err := i.Input.Prompt(config)
	_, layout, terr := core.RunTemplate(survey.InputQuestionTemplate, survey.InputTemplateData{
		Input: *i.Input, ShowHelp: showingHelp(i.Input), Config: config,
	})
	if terr == nil {
		stdio := i.Stdio()
		i.Renderer = survey.Renderer{}
		i.WithStdio(stdio)
		i.AppendRenderedText(layout)
	}
	return v, err
}

// showingHelp reads whether the Input shows its help text (survey keeps
// it unexported); false if survey's fields change.
func showingHelp(in *survey.Input) bool {
	f := reflect.ValueOf(in).Elem().FieldByName("showingHelp")
	return f.IsValid() && f.Kind() == reflect.Bool && f.Bool()
}

// Multiline implements prompt.Prompter (two empty lines finish it).
func (p *Prompter) Multiline(message, help, defaultValue string, validate prompt.Validator) (string, error) {
	var s string
	err := p.ask(&survey.Multiline{Message: message, Help: help, Default: defaultValue}, &s, p.esc, validate)
	return s, err
}

// Select implements prompt.Prompter.
func (p *Prompter) Select(message, help string, options []string, defaultValue string) (string, error) {
	q := &survey.Select{Message: message, Help: help, Options: options}
	if defaultValue != "" {
		q.Default = defaultValue
	}
	var s string
	err := p.ask(q, &s, p.esc, nil)
	return s, err
}

// Confirm implements prompt.Prompter.
func (p *Prompter) Confirm(message, help string, defaultValue bool) (bool, error) {
	var b bool
	err := p.ask(&survey.Confirm{Message: message, Help: help, Default: defaultValue}, &b, p.esc, nil)
	return b, err
}

// Editor implements prompt.Prompter with survey's editor prompt: Enter
// opens the text in $VISUAL or $EDITOR; the saved file is the answer.
// The editor gets the terminal itself as its input, so this prompt reads
// keys without the Esc translation (Ctrl-C still cancels it).
func (p *Prompter) Editor(message, help, text string) (string, error) {
	q := &survey.Editor{
		Message:       message,
		Help:          help,
		Default:       text,
		AppendDefault: true,
		HideDefault:   true,
		FileName:      "apology-*.md",
		Editor:        p.opts.Editor,
	}
	var s string
	err := p.ask(q, &s, p.in, nil)
	return strings.TrimPrefix(s, "\ufeff"), err
}

var _ prompt.Prompter = (*Prompter)(nil)

// escReader makes the Esc key cancel the prompt as Ctrl-C does. An Esc
// press arrives as ESC alone, or just before the next key or a cursor
// report when several arrive in one read; arrow keys and the terminal's
// cursor reports are ESC followed by '[' or 'O' in the same read, and
// pass through untouched.
type escReader struct{ in iostreams.FileReader }

func (r *escReader) Read(b []byte) (int, error) {
	n, err := r.in.Read(b)
	for i := 0; i < n; i++ {
		if b[i] != terminal.KeyEscape {
			continue
		}
		if i+1 < n && (b[i+1] == '[' || b[i+1] == 'O') {
			i++ // a sequence: its introducer is not a key
			continue
		}
		b[i] = terminal.KeyInterrupt
	}
	return n, err
}

func (r *escReader) Fd() uintptr { return r.in.Fd() }

// interruptibleReader reads keys until done is closed, and then reads
// Ctrl-C once (without waiting for the key being read: that read is left
// to finish on its own, and what it reads is dropped) and the end of
// input after it, so whatever survey is reading (a key, or the reply to
// a cursor query) ends at once.
type interruptibleReader struct {
	in          iostreams.FileReader
	done        <-chan struct{}
	interrupted bool
}

func (r *interruptibleReader) Read(b []byte) (int, error) {
	if len(b) == 0 {
		return 0, nil
	}
	select {
	case <-r.done:
		return r.interrupt(b)
	default:
	}
	type result struct {
		buf []byte
		err error
	}
	read := make(chan result, 1)
	go func() {
		buf := make([]byte, len(b))
		n, err := r.in.Read(buf)
		read <- result{buf[:n], err}
	}()
	select {
	case res := <-read:
		return copy(b, res.buf), res.err
	case <-r.done:
		return r.interrupt(b)
	}
}

func (r *interruptibleReader) interrupt(b []byte) (int, error) {
	if r.interrupted {
		return 0, io.EOF
	}
	r.interrupted = true
	b[0] = terminal.KeyInterrupt
	return 1, nil
}

func (r *interruptibleReader) Fd() uintptr { return r.in.Fd() }
