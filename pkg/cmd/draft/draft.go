// Package draft is the `apology draft` command: a short interview, or an
// answers file, turned into a letter that passes `apology lint`.
package draft

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/mail"
	"path/filepath"
	"slices"
	"strings"
	"text/template"

	"github.com/spf13/cobra"

	"github.com/apology-cli/apology/pkg/cmdutil"
	"github.com/apology-cli/apology/pkg/email"
	"github.com/apology-cli/apology/pkg/fileutil"
	"github.com/apology-cli/apology/pkg/iostreams"
	"github.com/apology-cli/apology/pkg/letter"
	"github.com/apology-cli/apology/pkg/lint"
	"github.com/apology-cli/apology/pkg/lintsetup"
	"github.com/apology-cli/apology/pkg/prompt"
	"github.com/apology-cli/apology/pkg/render"
	"github.com/apology-cli/apology/pkg/report"
	"github.com/apology-cli/apology/pkg/source"
	"github.com/apology-cli/apology/templates"
)

// DraftOptions are the dependencies and flag values of one `apology draft`.
type DraftOptions struct {
	IO *iostreams.IOStreams
	// Prompter asks the interview; nil when there is no terminal to ask on.
	Prompter prompt.Prompter
	WorkDir  string
	Getenv   func(string) string
	Ctx      context.Context

	AnswersFile string
	Template    string
	Output      string
	Force       bool
	Format      string // "": from Output's extension (render.OutputFormat)
	// Given are answers passed as flags, by key; Changes are --change values.
	Given   map[string]string
	Changes []string

	// Mail is what --format eml addresses the letter with: --to and --from
	// when they hold addresses, --cc, --subject (also the html title).
	// Date and MessageID are left zero (generated) outside tests.
	Mail email.Headers
}

// Formats are the output formats of --format.
var Formats = []string{"md", "text", "html", "eml"}

// answerFlags are the flags that give one answer each.
var answerFlags = []struct{ flag, key, usage string }{
	{"to", letter.KeyRecipient, "who you are writing to (recipient); for eml their address, \"Sam <sam@example.com>\""},
	{"relationship", letter.KeyRelationship, "partner, friend, family, colleague, customer or other"},
	{"what-i-did", letter.KeyWhatIDid, `what you did, starting with "I" (what_i_did)`},
	{"impact", letter.KeyImpact, "how it affected them"},
	{"why", letter.KeyWhy, "what led to it: an explanation, not a defence (optional)"},
	{"repair", letter.KeyRepair, "what you offer to make it right"},
	{"closing", letter.KeyClosing, "give-time, ask-forgiveness or none"},
	{"tone", letter.KeyTone, "warm or formal (default: from the relationship)"},
	{"from", letter.KeyFrom, "how you sign the letter; for eml your address, \"Alex <alex@example.com>\""},
}

// NewCmdDraft builds the command; runF replaces draftRun in tests.
func NewCmdDraft(f *cmdutil.Factory, runF func(*DraftOptions) error) *cobra.Command {
	opts := &DraftOptions{IO: f.IOStreams, WorkDir: f.WorkDir, Getenv: f.Getenv}
	values := map[string]*string{}
	var mailCc []string
	cmd := &cobra.Command{
		Use:   "draft [flags]",
		Short: "Answer a short interview and get a sincere letter",
		Long: `Answer a short interview and get a specific, sincere apology letter that
passes 'apology lint'.

Each answer is checked as you type it: a vague, conditional, blaming,
minimizing or absolute answer is refused with the rule's advice, so you
can fix it there. Type ? at any question for the advice behind it.
Ctrl-C or Esc stops without writing anything (exit status 130).

Questions and findings go to the terminal; standard output holds only
the letter, so 'apology draft > letter.md' works.

Without a terminal, give the answers in a YAML or JSON file (--answers,
"-" for standard input) with the keys recipient, relationship,
what_i_did, impact, why (optional), repair, changes (a list), closing,
tone (optional) and from; flags give single answers and override the
file. Answers the rules flag are printed and nothing is written (exit
status 1) unless --force is given.

The letter's skeleton follows the relationship; --template picks another
by name or file. 'apology templates' lists them.

With -o the letter goes to a file instead, written whole or not at all.
Its extension picks the format unless --format is given: .md or
.markdown md, .html or .htm html, .txt text, .eml eml; any other
extension is an error. The file is checked before the first question:
its directory must exist and be writable, and an existing file is
replaced only with --force. A symbolic link is followed: --force
replaces the regular file it points to. A device or FIFO (/dev/null,
/dev/stdout, a named pipe) is written to as it is, without --force; a
directory, socket or other special file is never replaced. If the file
cannot be written after the interview, the letter is saved in a new
file in the temporary directory and the error says where.`,
		Example: `  apology draft
  apology draft -o letter.md
  apology draft --answers answers.yaml --format text | mail -s "I'm sorry" sam@example.com
  apology draft --answers answers.yaml --to Alex --tone formal
  apology draft --answers answers.yaml --format eml --to sam@example.com --from me@example.com | sendmail -t`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Ctx = cmd.Context()
			opts.Mail.Cc = strings.Join(mailCc, ", ")
			opts.Given = map[string]string{}
			for _, af := range answerFlags {
				if cmd.Flags().Changed(af.flag) {
					opts.Given[af.key] = *values[af.flag]
				}
			}
			if opts.IO.CanPrompt() && f.Prompter != nil {
				opts.Prompter = f.Prompter()
			}
			if runF != nil {
				return runF(opts)
			}
			return draftRun(opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&opts.AnswersFile, "answers", "", `answers file, YAML or JSON ("-" for standard input)`)
	fl.StringVar(&opts.Template, "template", "", "template name or file (default: the relationship's)")
	fl.StringVarP(&opts.Output, "output", "o", "", "write the letter to this file instead of standard output (see above)")
	fl.BoolVar(&opts.Force, "force", false, "replace an existing --output file; write the letter even if the rules flag it")
	fl.StringVar(&opts.Format, "format", "", "output format: "+orList(Formats)+" (default: from the -o extension, else md)")
	for _, af := range answerFlags {
		values[af.flag] = fl.String(af.flag, "", af.usage)
	}
	fl.StringArrayVar(&opts.Changes, "change", nil, "a commitment for the future (repeatable; replaces the file's changes)")
	fl.StringArrayVar(&mailCc, "cc", nil, "eml: copy recipient address (repeatable)")
	fl.StringVar(&opts.Mail.Subject, "subject", "", "eml and html: the subject (default: the template's)")

	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(Formats, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("relationship", cobra.FixedCompletions(letter.Relationships, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("closing", cobra.FixedCompletions(letter.Closings, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("tone", cobra.FixedCompletions(letter.Tones, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("answers", func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		return []cobra.Completion{"yaml", "yml", "json"}, cobra.ShellCompDirectiveFilterFileExt
	})
	_ = cmd.RegisterFlagCompletionFunc("template", func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		all, _ := templates.List(templates.UserDir(f.Getenv))
		var names []cobra.Completion
		for _, t := range all {
			names = append(names, cobra.CompletionWithDesc(t.Name, t.Description))
		}
		return names, cobra.ShellCompDirectiveDefault // no name matches: a template file
	})
	return cmd
}

// run is one draft in progress.
type run struct {
	opts    *DraftOptions
	check   *letter.Checker
	answers *letter.Answers
	tmpl    *template.Template // --template, parsed; nil: the relationship's
}

func draftRun(opts *DraftOptions) error {
	if opts.Ctx == nil {
		opts.Ctx = context.Background()
	}
	format, err := render.OutputFormat(opts.Format, opts.Output, "md")
	if err != nil {
		return &cmdutil.FlagError{Err: err}
	}
	opts.Format = format
	if err := opts.mailAddresses(); err != nil {
		return err
	}
	if opts.Output != "" {
		// Refuse now, not after the interview.
		if err := fileutil.Check(opts.WorkDir, opts.Output, opts.Force); err != nil {
			return err
		}
	}
	linter, _, err := lintsetup.Setup(opts.WorkDir, "", "", nil, nil)
	if err != nil {
		return err
	}
	r := &run{opts: opts, check: letter.NewChecker(linter)}
	if opts.Template != "" {
		if r.tmpl, err = r.loadTemplate(opts.Template); err != nil {
			return err
		}
	}
	if r.answers, err = opts.givenAnswers(); err != nil {
		return err
	}
	if err := r.answers.CheckChoices(); err != nil {
		return err
	}
	r.check.SetContext(r.answers) // each typed answer is read after the act

	interactive := opts.Prompter != nil
	given := !r.answers.Empty()
	if !interactive {
		if opts.AnswersFile == "" && !given {
			return errors.New("no terminal to ask the questions on: pass the answers with --answers FILE (YAML or JSON, \"-\" for standard input); see 'apology draft --help'")
		}
		if missing := r.answers.Missing(); len(missing) > 0 {
			return fmt.Errorf("missing answers: %s (there is no terminal to ask for them: add them to the answers file or pass them as flags)", strings.Join(missing, ", "))
		}
	}

	if given {
		findings, err := r.check.Answers(r.answers)
		if err != nil {
			return err
		}
		if len(findings) > 0 {
			printAnswerFindings(opts.IO.ErrOut, findings)
			if !opts.Force {
				keys := map[string]bool{}
				for _, f := range findings {
					keys[f.Key] = true
				}
				fmt.Fprintf(opts.IO.ErrOut, "apology: the rules flag %s; reword %s, or pass --force to write the letter anyway\n",
					report.Plural(len(keys), "answer"), pronounFor(len(keys)))
				return cmdutil.ErrFindings
			}
		}
	}

	if interactive {
		for _, key := range letter.Keys {
			ask := !r.answers.Has(key) && (letter.Required(key) || !given)
			if !ask {
				continue
			}
			if err := r.ask(key); err != nil {
				return err
			}
		}
	}
	if err := opts.Ctx.Err(); err != nil {
		return cmdutil.ErrCancel
	}

	md, err := r.compose()
	if err != nil {
		return err
	}
	md, err = r.review(md)
	if err != nil {
		return err
	}
	if err := opts.Ctx.Err(); err != nil {
		return cmdutil.ErrCancel
	}
	return r.write(md)
}

// mailAddresses takes the addresses for --format eml out of --to and
// --from, which otherwise name the people in the letter: an address goes
// in the header and its display name, if any, in the letter. It checks
// them now, before the interview.
func (o *DraftOptions) mailAddresses() error {
	if o.Format != "eml" {
		if o.Mail.Cc != "" {
			return cmdutil.FlagErrorf("--cc only applies to --format eml")
		}
		if o.Mail.Subject != "" && o.Format != "html" {
			return cmdutil.FlagErrorf("--subject only applies to --format eml and html")
		}
		return nil
	}
	for _, f := range []struct {
		flag, key string
		addr      *string
	}{{"to", letter.KeyRecipient, &o.Mail.To}, {"from", letter.KeyFrom, &o.Mail.From}} {
		v := o.Given[f.key]
		if !strings.Contains(v, "@") {
			return cmdutil.FlagErrorf("--format eml needs --%s with an email address, such as --%s 'Sam <sam@example.com>'", f.flag, f.flag)
		}
		*f.addr = v
		delete(o.Given, f.key)
		if a, err := mail.ParseAddress(v); err == nil && a.Name != "" {
			o.Given[f.key] = a.Name
		}
	}
	if err := o.Mail.Validate(); err != nil {
		var fe *email.FieldError
		if errors.As(err, &fe) {
			return fmt.Errorf("--%s: %w", strings.ToLower(fe.Field), fe.Err)
		}
		return err
	}
	return nil
}

// path resolves a file name the person gave against the working directory.
func (o *DraftOptions) path(name string) string {
	if filepath.IsAbs(name) || o.WorkDir == "" {
		return name
	}
	return filepath.Join(o.WorkDir, name)
}

// givenAnswers reads --answers and applies the answer flags over it.
func (o *DraftOptions) givenAnswers() (*letter.Answers, error) {
	a := &letter.Answers{}
	if o.AnswersFile != "" {
		name := o.AnswersFile
		var data []byte
		var err error
		// One byte past the limit is read, so ParseAnswers can say how big
		// is too big; a FIFO or a terminal is waited on only until Ctrl-C.
		const limit = letter.MaxAnswersSize + 1
		if name == "-" {
			name = "<stdin>"
			data, err = source.Read(o.Ctx, name, o.IO.In, limit)
		} else {
			data, err = source.ReadFile(o.Ctx, name, o.path(name), limit)
		}
		var tooLarge *source.TooLargeError
		switch {
		case o.Ctx.Err() != nil:
			return nil, cmdutil.ErrCancel
		case errors.As(err, &tooLarge):
			return nil, &letter.ParseError{File: name, Msg: fmt.Sprintf("more than %d bytes is too large for an answers file", limit)}
		case err != nil:
			return nil, err
		}
		if a, err = letter.ParseAnswers(name, data); err != nil {
			return nil, err
		}
	}
	for _, af := range answerFlags {
		if v, ok := o.Given[af.key]; ok {
			_ = a.Set(af.key, v)
			a.SetWhere(af.key, "--"+af.flag)
		}
	}
	if len(o.Changes) > 0 {
		a.Changes = nil
		for i, c := range o.Changes {
			if c = letter.TidyItem(c); c != "" {
				a.Changes = append(a.Changes, c)
				a.SetWhere(fmt.Sprintf("%s[%d]", letter.KeyChanges, len(a.Changes)-1), fmt.Sprintf("--change #%d", i+1))
			}
		}
		a.SetWhere(letter.KeyChanges, "--change")
	}
	return a, nil
}

// tty is where prompts, findings and notes go while interviewing: the
// terminal, never stdout (which holds only the letter).
func (r *run) tty() io.Writer {
	if _, out := r.opts.IO.TTY(); out != nil {
		return out
	}
	return r.opts.IO.ErrOut
}

// ask asks one question and stores the answer.
func (r *run) ask(key string) error {
	if err := r.opts.Ctx.Err(); err != nil {
		return cmdutil.ErrCancel
	}
	p := r.opts.Prompter
	q := questions[key]
	a := r.answers
	switch key {
	case letter.KeyRelationship:
		v, err := p.Select(q.message, q.help, letter.Relationships, a.Relationship)
		if err != nil {
			return err
		}
		a.Relationship = v
	case letter.KeyTone:
		def := a.Tone
		if def == "" {
			def = letter.DefaultTone(a.Relationship)
		}
		v, err := p.Select(q.message, q.help, letter.Tones, def)
		if err != nil {
			return err
		}
		a.Tone = v
	case letter.KeyClosing:
		v, err := p.Select(q.message, q.help, closingOptions, choiceOption(closingOptions, a.Closing))
		if err != nil {
			return err
		}
		a.Closing = choiceKey(v)
	case letter.KeyChanges:
		var changes []string
		first := ""
		if len(a.Changes) > 0 {
			first = a.Changes[0]
		}
		v, err := r.input(key, q.message, q.help, first, false)
		if err != nil {
			return err
		}
		changes = append(changes, letter.TidyItem(v))
		for len(changes) < maxChanges {
			v, err := r.input(key, moreChanges.message, moreChanges.help, "", true)
			if err != nil {
				return err
			}
			if v = letter.TidyItem(v); v == "" {
				break
			}
			changes = append(changes, v)
		}
		a.Changes = changes
	default:
		v, err := r.input(key, q.message, q.help, a.Get(key), !letter.Required(key))
		if err != nil {
			return err
		}
		_ = a.Set(key, v)
	}
	if a.Where != nil {
		delete(a.Where, key) // typed now: no longer from the file
	}
	return nil
}

// input asks a free-text question, then shows on the terminal the
// sentences the answer becomes in the letter and lets the writer keep
// it or change it: "no" asks again with their answer to edit.
func (r *run) input(key, message, help, def string, optional bool) (string, error) {
	p := r.opts.Prompter
	for {
		v, err := p.Input(message, help, def, r.check.Validator(key, optional))
		if err != nil {
			return "", err
		}
		if key == letter.KeyRecipient || key == letter.KeyFrom || letter.Tidy(v) == "" {
			return v, nil
		}
		text, err := letter.Preview(key, v, r.answers)
		if err != nil || text == "" {
			return v, nil
		}
		fmt.Fprintf(r.tty(), "  In the letter: %s\n", text)
		keep, err := p.Confirm("Keep it as it reads in the letter?", `"No" asks the question again with your answer, to change it.`, true)
		if err != nil {
			return "", err
		}
		if keep {
			return v, nil
		}
		def = v
	}
}

// loadTemplate finds and parses a template by name or file.
func (r *run) loadTemplate(nameOrFile string) (*template.Template, error) {
	t, err := templates.Lookup(nameOrFile, templates.UserDir(r.getenv), r.opts.WorkDir)
	if err != nil {
		return nil, err
	}
	return letter.Parse(t)
}

func (r *run) getenv(k string) string {
	if r.opts.Getenv == nil {
		return ""
	}
	return r.opts.Getenv(k)
}

// compose fills the template and returns the letter as Markdown.
func (r *run) compose() (string, error) {
	tmpl := r.tmpl
	if tmpl == nil {
		var err error
		if tmpl, err = r.loadTemplate(letter.TemplateFor(r.answers.Relationship)); err != nil {
			return "", err
		}
	}
	l, err := letter.Compose(tmpl, r.answers)
	if err != nil {
		return "", err
	}
	return l.Markdown(), nil
}

// letterName names the letter in findings.
func (r *run) letterName() string {
	if r.opts.Output != "" {
		return r.opts.Output
	}
	return "letter"
}

// review lints the letter. Without a terminal, findings stop it (unless
// --force). With one, the person may edit the letter in their editor,
// answer a question again, or keep the letter as it is.
func (r *run) review(md string) (string, error) {
	for {
		findings := r.check.Letter(r.letterName(), []byte(md))
		if len(findings) == 0 {
			return md, nil
		}
		if r.opts.Prompter == nil {
			_ = report.Text(r.opts.IO.ErrOut, findings, report.Options{Color: r.opts.IO.ColorEnabledErr(), Files: 1})
			if r.opts.Force {
				return md, nil
			}
			if from := blamedAnswers(r.check.Blame(r.answers, md, findings)); len(from) > 0 {
				fmt.Fprintf(r.opts.IO.ErrOut, "apology: the letter is not written: what the rules flag comes from %s; reword %s, or pass --force to write it anyway\n",
					orList(from), pronounFor(len(from)))
			} else {
				fmt.Fprintln(r.opts.IO.ErrOut, "apology: the letter is not written; change the answers, or pass --force to write it anyway")
			}
			return "", cmdutil.ErrFindings
		}
		next, err := r.fix(md, findings)
		if err != nil || next == md {
			return next, err
		}
		md = next
	}
}

// Options of the menu shown when the letter has findings.
const (
	optEdit     = "Edit the letter in my editor"
	optReanswer = "Answer a question again (rebuilds the letter)"
	optKeep     = "Keep the letter as it is"
)

// fix shows the letter and its findings and asks what to do. It returns
// the letter unchanged when the person keeps it.
func (r *run) fix(md string, findings []lint.Finding) (string, error) {
	w := r.tty()
	fmt.Fprintf(w, "\nHere is the letter:\n\n%s\n", numbered(md))
	_ = report.Text(w, findings, report.Options{Color: r.colorTTY(), Files: 1})
	if from := blamedAnswers(r.check.Blame(r.answers, md, findings)); len(from) > 0 {
		fmt.Fprintf(w, "What the rules flag comes from your %s.\n", orList(from))
	}
	p := r.opts.Prompter
	for {
		choice, err := p.Select("The rules flag something in the letter. What would you like to do?",
			"Edit the letter yourself, change one of your answers and rebuild the letter, or keep it with what was flagged.",
			[]string{optEdit, optReanswer, optKeep}, optEdit)
		if err != nil {
			return "", err
		}
		switch choice {
		case optKeep:
			return md, nil
		case optEdit:
			edited, err := p.Editor("Edit the letter", "Your editor ($VISUAL or $EDITOR) opens the letter; save and close it to continue.", md)
			if errors.Is(err, prompt.ErrInterrupted) {
				return "", err
			}
			if err != nil {
				fmt.Fprintf(w, "apology: the editor failed: %s\n", err)
				continue
			}
			edited = strings.TrimPrefix(edited, "\ufeff")
			if strings.TrimSpace(edited) == "" {
				fmt.Fprintln(w, "The edited letter was empty; keeping the letter as it was.")
				continue
			}
			if !strings.HasSuffix(edited, "\n") {
				edited += "\n"
			}
			if edited == md {
				fmt.Fprintln(w, "The letter did not change.")
				continue
			}
			return edited, nil
		case optReanswer:
			labels := make([]string, 0, len(letter.Keys))
			for _, k := range letter.Keys {
				labels = append(labels, questions[k].label)
			}
			// The answer the first finding comes from is offered first.
			def := ""
			for _, b := range r.check.Blame(r.answers, md, findings) {
				if base, _, _ := strings.Cut(b.Key, "["); base != "" {
					def = questions[base].label
					break
				}
			}
			pick, err := p.Select("Which answer?", "", labels, def)
			if err != nil {
				return "", err
			}
			key := letter.Keys[slices.Index(labels, pick)]
			if err := r.ask(key); err != nil {
				return "", err
			}
			return r.compose()
		}
	}
}

// blamedAnswers names, once each and in order, the answers that findings
// in a drafted letter come from ("answers.yaml:7: changes").
func blamedAnswers(blamed []letter.AnswerFinding) []string {
	var out []string
	for _, b := range blamed {
		if b.Key == "" {
			continue
		}
		if l := letter.Label(b.Where, b.Key); !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return out
}

// colorTTY reports whether findings on the terminal may be coloured.
func (r *run) colorTTY() bool {
	if _, out := r.opts.IO.TTY(); out == nil {
		return r.opts.IO.ColorEnabledErr()
	}
	return r.opts.IO.ColorEnabledTTY()
}

// numbered prefixes each line with its number, so findings can be found.
func numbered(md string) string {
	lines := strings.Split(strings.TrimRight(md, "\n"), "\n")
	var b strings.Builder
	for i, l := range lines {
		fmt.Fprintf(&b, "%3d  %s\n", i+1, l)
	}
	return b.String()
}

// write puts the letter on stdout or, with -o, in the file (fileutil.WriteFile).
func (r *run) write(md string) error {
	out := md
	switch r.opts.Format {
	case "text", "html", "eml":
		l, err := render.Parse(r.letterName(), []byte(md))
		if err != nil {
			return err
		}
		var b strings.Builder
		if err := render.Format(&b, r.opts.Format, l, render.Options{Headers: r.opts.Mail}); err != nil {
			return err
		}
		out = b.String()
	}
	if err := r.opts.Ctx.Err(); err != nil {
		return cmdutil.ErrCancel
	}
	if r.opts.Output == "" {
		_, err := io.WriteString(r.opts.IO.Out, out)
		return err
	}
	if err := fileutil.WriteFile(r.opts.Ctx, r.opts.WorkDir, r.opts.Output, []byte(out), r.opts.Force); err != nil {
		if r.opts.Ctx.Err() != nil {
			return cmdutil.ErrCancel
		}
		if r.opts.Prompter != nil || r.opts.AnswersFile == "-" {
			return r.keep(out, err) // typed, or piped: there may be no other copy
		}
		return err
	}
	if r.opts.Prompter != nil {
		fmt.Fprintf(r.tty(), "Wrote %s\n", r.opts.Output)
	}
	return nil
}

// keep saves a letter from an interview (or from answers on standard
// input) that could not be written where asked, in a new file in the temporary directory, so that nothing the
// person typed is lost; the error says where it is. When even that fails,
// the letter goes to standard output.
func (r *run) keep(out string, err error) error {
	saved, serr := fileutil.SaveCopy("apology-letter-*"+render.Extension(r.opts.Format), []byte(out))
	if serr == nil {
		return fmt.Errorf("%w; the letter is saved in %s", err, saved)
	}
	if _, werr := io.WriteString(r.opts.IO.Out, out); werr != nil {
		return fmt.Errorf("%w; the letter could not be saved (%v) or printed (%v)", err, serr, werr)
	}
	return fmt.Errorf("%w; the letter is on standard output (saving a copy failed: %v)", err, serr)
}

// printAnswerFindings prints what the rules say about given answers:
//
//	answers.yaml:4: impact: warning: "..." is vague [vague-apology]
//	    try: ...
func printAnswerFindings(w io.Writer, findings []letter.AnswerFinding) {
	for _, f := range findings {
		fmt.Fprintf(w, "%s: %s: %s [%s]\n", letter.Label(f.Where, f.Key), f.Severity, f.Message, f.Rule)
		if f.Suggestion != "" {
			fmt.Fprintf(w, "    try: %s\n", f.Suggestion)
		}
	}
}

// orList writes "a, b or c".
func orList(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " or " + items[len(items)-1]
}

func pronounFor(n int) string {
	if n == 1 {
		return "it"
	}
	return "them"
}
