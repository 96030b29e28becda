package draft

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apology-cli/apology/pkg/cmdutil"
	"github.com/apology-cli/apology/pkg/iostreams"
	"github.com/apology-cli/apology/pkg/letter"
	"github.com/apology-cli/apology/pkg/prompt"
)

var update = flag.Bool("update", false, "rewrite the golden letters in testdata/golden/draft")

const (
	answersDir = "../../../testdata/answers"
	goldenDir  = "../../../testdata/golden/draft"
)

type harness struct {
	opts        *DraftOptions
	out, errOut *bytes.Buffer
	work        string
}

// newHarness returns options for one draft with buffers for streams, a
// scripted prompter when steps are given, and an empty user config.
func newHarness(t *testing.T, p prompt.Prompter) *harness {
	t.Helper()
	io, _, out, errOut := iostreams.Test()
	work := t.TempDir()
	env := map[string]string{"XDG_CONFIG_HOME": filepath.Join(work, ".config"), "HOME": work}
	return &harness{
		opts: &DraftOptions{
			IO: io, Prompter: p, WorkDir: work, Ctx: context.Background(),
			Getenv: func(k string) string { return env[k] }, Format: "md",
		},
		out: out, errOut: errOut, work: work,
	}
}

func (h *harness) write(t *testing.T, name, text string) string {
	t.Helper()
	p := filepath.Join(h.work, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// golden compares got with a golden letter, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join(goldenDir, name)
	if *update {
		if err := os.MkdirAll(goldenDir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./pkg/cmd/draft -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden letter (go test ./pkg/cmd/draft -update rewrites it)\ngot:\n%s\nwant:\n%s", name, got, want)
	}
}

// TestGoldenLetters drafts a letter from every answers file, in its own
// tone and in the other one, and compares them with the golden letters:
// every built-in template in both voices.
func TestGoldenLetters(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join(answersDir, "*.yaml"))
	if err != nil || len(paths) < 6 {
		t.Fatalf("answers files: %v %v", paths, err)
	}
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".yaml")
		a, err := letter.ParseAnswers(p, []byte(readFile(t, p)))
		if err != nil {
			t.Fatal(err)
		}
		other := "formal"
		if a.EffectiveTone() == "formal" {
			other = "warm"
		}
		for _, v := range []struct{ suffix, tone, format string }{
			{".md", "", "md"},
			{"-" + other + ".md", other, "md"},
			{".txt", "", "text"},
		} {
			t.Run(name+v.suffix, func(t *testing.T) {
				abs, _ := filepath.Abs(p)
				h := newHarness(t, nil)
				h.opts.AnswersFile, h.opts.Format = abs, v.format
				h.opts.Given = map[string]string{}
				if v.tone != "" {
					h.opts.Given[letter.KeyTone] = v.tone
				}
				if err := draftRun(h.opts); err != nil {
					t.Fatalf("%v\n%s", err, h.errOut)
				}
				if h.errOut.Len() > 0 {
					t.Errorf("stderr: %s", h.errOut)
				}
				golden(t, name+v.suffix, h.out.String())
			})
		}
	}
}

// partnerInterview answers every question as testdata/answers/partner.yaml
// does, with a vague first answer that the rules refuse.
func partnerInterview() []prompt.Step {
	keep := prompt.Confirm("Keep it as it reads", true)
	return []prompt.Step{
		prompt.Input("writing to", "Alex"),
		prompt.Select("What are they to you", "partner"),
		prompt.Input("What did you do", "I'm sorry for everything"),
		prompt.Input("What did you do", "I read your messages on your phone without asking, while you were in the shower on Sunday"),
		keep,
		prompt.Input("How did it affect them", "You found out when I brought up your chat with Jo, and now your phone doesn't feel like your own in our home"),
		keep,
		prompt.Input("What led to it", "I had been anxious about us for weeks, and instead of talking to you about it, I let it turn into suspicion"),
		keep,
		prompt.Input("make it right", "I'd like to start couples counselling with you, with a counsellor you choose, and I'll pay for it"),
		keep,
		prompt.Input("do differently", "I will tell you directly when something worries me"),
		keep,
		prompt.Input("Anything else", "I will never pick up your phone again"),
		prompt.Input("Anything else", "I will not pick up your phone without your say-so"),
		keep,
		prompt.Input("Anything else", ""),
		prompt.Input("own words", ""),
		prompt.Select("end", closingOptions[0]),
		prompt.Select("voice", ""), // the default for a partner: warm
		prompt.Input("sign it", "Sam"),
	}
}

// TestInterview: the interview in order, a refused vague answer and a
// refused absolute promise corrected at the prompt, and the letter equal
// to the one drafted from the same answers in a file.
func TestInterview(t *testing.T) {
	p := prompt.NewScripted(t, partnerInterview()...)
	h := newHarness(t, p)
	if err := draftRun(h.opts); err != nil {
		t.Fatal(err)
	}
	if err := p.Verify(); err != nil {
		t.Fatal(err)
	}
	golden(t, "partner.md", h.out.String())
	r := p.Refusals()
	if len(r) != 2 || !strings.Contains(r[0].Reason, "[vague-apology]") || !strings.Contains(r[1].Reason, "[absolute-promise]") {
		t.Errorf("refusals = %+v", r)
	}
	if !strings.Contains(r[0].Reason, "Try: ") {
		t.Errorf("the refusal gives no suggestion: %s", r[0].Reason)
	}
	// The terminal shows each answer as the letter will say it, and
	// nothing else: the writer's "what did you do" reads as an apology.
	if !strings.Contains(h.errOut.String(), "  In the letter: I'm sorry I read your messages on your phone without asking") {
		t.Errorf("no preview of what_i_did on the terminal:\n%s", h.errOut)
	}
	if n := strings.Count(h.errOut.String(), "  In the letter: "); n != 6 {
		t.Errorf("%d previews for 6 accepted free-text answers:\n%s", n, h.errOut)
	}
	for _, line := range strings.Split(strings.Trim(h.errOut.String(), "\n"), "\n") {
		if !strings.HasPrefix(line, "  In the letter: ") {
			t.Errorf("terminal line is not a preview: %q", line)
		}
	}
}

// TestInterrupt: Ctrl-C (or Esc) at any question stops with exit status
// 130 and writes nothing, to stdout or to the -o file.
func TestInterrupt(t *testing.T) {
	steps := partnerInterview()
	for i := range steps {
		if i > 0 && steps[i].Kind == steps[i-1].Kind && steps[i].Match == steps[i-1].Match {
			continue // the corrections of refused answers are asked only after a refusal
		}
		cut := append([]prompt.Step(nil), steps[:i]...)
		cut = append(cut, prompt.Interrupt(steps[i].Kind, steps[i].Match))
		p := prompt.NewScripted(t, cut...)
		h := newHarness(t, p)
		h.opts.Output = "letter.md"
		err := draftRun(h.opts)
		if !errors.Is(err, cmdutil.ErrCancel) || cmdutil.ExitCode(err) != cmdutil.ExitCancel {
			t.Errorf("interrupt at %q: err = %v", steps[i].Match, err)
		}
		if h.out.Len() > 0 {
			t.Errorf("interrupt at %q: stdout %q", steps[i].Match, h.out)
		}
		if _, err := os.Stat(filepath.Join(h.work, "letter.md")); err == nil {
			t.Errorf("interrupt at %q: letter.md written", steps[i].Match)
		}
		if err := p.Verify(); err != nil {
			t.Error(err)
		}
	}
}

func TestCancelledContextWritesNothing(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	p := prompt.NewScripted(t, partnerInterview()...)
	h := newHarness(t, p)
	h.opts.Ctx = ctx
	h.opts.Output = "letter.md"
	cancel()
	if err := draftRun(h.opts); !errors.Is(err, cmdutil.ErrCancel) {
		t.Errorf("err = %v", err)
	}
	if _, err := os.Stat(filepath.Join(h.work, "letter.md")); err == nil {
		t.Error("letter.md written after the context was cancelled")
	}
}

// TestPartialAnswersAskOnlyWhatIsMissing: with an answers file and a
// terminal, only the missing required answers are asked.
func TestPartialAnswersAskOnlyWhatIsMissing(t *testing.T) {
	p := prompt.NewScripted(t,
		prompt.Input("How did it affect them", "You had to hire a replacement lens at short notice"),
		prompt.Confirm("Keep it as it reads", true),
		prompt.Input("sign it", "Sam"),
	)
	h := newHarness(t, p)
	h.opts.AnswersFile = h.write(t, "a.yaml", `recipient: Leon
relationship: friend
what_i_did: I broke the lens you lent me
repair: pay for a new lens
changes: [keep borrowed things in their case]
closing: give-time
`)
	if err := draftRun(h.opts); err != nil {
		t.Fatal(err)
	}
	if err := p.Verify(); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{" Leon,", "sorry I broke the lens you lent me.", "You had to hire a replacement lens at short notice", "\nSam\n"} {
		if !strings.Contains(h.out.String(), s) {
			t.Errorf("letter lacks %q:\n%s", s, h.out)
		}
	}
}

// flawed is a user template whose own words the rules flag.
const flawed = `Dear {{.To}},

{{.Im}} sorry {{.Did}}. I'm sorry if you were hurt.

{{.I}} {{.was}} wrong, and {{.i}} take responsibility for it. {{.Repair}} From now on, {{.Change}}.

{{.From}}
`

func TestFindingsMenu(t *testing.T) {
	answers := readFile(t, filepath.Join(answersDir, "friend.yaml"))
	tests := []struct {
		name  string
		steps []prompt.Step
		check func(t *testing.T, out string)
	}{
		{"edit in the editor", []prompt.Step{
			prompt.Select("What would you like to do", optEdit),
			prompt.Editor("Edit the letter", "---\nto: Leon\n---\n\nDear Leon,\n\nI'm sorry I broke your lens. I was wrong. Let me pay for a new one. From now on, I will keep it in its case.\n\nSam\n"),
		}, func(t *testing.T, out string) {
			if !strings.Contains(out, "Let me pay for a new one.") || strings.Contains(out, "if you were hurt") {
				t.Errorf("the edited letter is not the output:\n%s", out)
			}
		}},
		{"edit without changes, then keep", []prompt.Step{
			prompt.Select("What would you like to do", optEdit),
			prompt.Editor("Edit the letter", ""),
			prompt.Select("What would you like to do", optKeep),
		}, func(t *testing.T, out string) {
			if !strings.Contains(out, "I'm sorry if you were hurt.") {
				t.Errorf("kept letter:\n%s", out)
			}
		}},
		{"answer again, then keep", []prompt.Step{
			prompt.Select("What would you like to do", optReanswer),
			prompt.Select("Which answer", questions[letter.KeyFrom].label),
			prompt.Input("sign it", "Sam B."),
			prompt.Select("What would you like to do", optKeep),
		}, func(t *testing.T, out string) {
			if !strings.HasSuffix(out, "\nSam B.\n") {
				t.Errorf("re-answered letter:\n%s", out)
			}
		}},
		{"interrupted at the menu", []prompt.Step{
			prompt.Interrupt(prompt.KindSelect, "What would you like to do"),
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := prompt.NewScripted(t, tt.steps...)
			h := newHarness(t, p)
			h.opts.AnswersFile = h.write(t, "a.yaml", answers)
			h.opts.Template = h.write(t, "flawed.tmpl", flawed)
			err := draftRun(h.opts)
			if tt.check == nil {
				if !errors.Is(err, cmdutil.ErrCancel) || h.out.Len() > 0 {
					t.Errorf("err = %v, stdout %q", err, h.out)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if err := p.Verify(); err != nil {
				t.Fatal(err)
			}
			tt.check(t, h.out.String())
			// The letter and its findings were shown on the terminal side.
			if !strings.Contains(h.errOut.String(), "[conditional-apology]") || !strings.Contains(h.errOut.String(), "  9  I'm sorry I broke") {
				t.Errorf("terminal output:\n%s", h.errOut)
			}
		})
	}
}

func TestNonInteractive(t *testing.T) {
	good := readFile(t, filepath.Join(answersDir, "friend.yaml"))
	tests := []struct {
		name    string
		answers string // the answers file; "" for none
		given   map[string]string
		changes []string
		force   bool
		output  string // -o
		exists  bool   // -o names an existing file
		code    int
		stderr  []string
		stdout  []string // "" for nothing on stdout
	}{
		{name: "no answers", code: 2, stderr: []string{"no terminal", "--answers"}},
		{name: "missing answers", answers: "recipient: Leon\nrelationship: friend\n", code: 2,
			stderr: []string{"missing answers: what_i_did, impact, repair, changes, closing, from"}},
		{name: "flags fill the missing answers", answers: "recipient: Leon\nrelationship: friend\n",
			given: map[string]string{
				letter.KeyWhatIDid: "I broke your lens", letter.KeyImpact: "You had to hire one for your shoot",
				letter.KeyRepair: "pay for a new lens", letter.KeyClosing: "give-time", letter.KeyFrom: "Sam",
			}, changes: []string{"keep borrowed things in their case"},
			stdout: []string{" Leon,", "sorry I broke your lens.", "I'll keep borrowed things in their case."}},
		{name: "flags override the file", answers: good, given: map[string]string{letter.KeyRecipient: "Leona", letter.KeyTone: "formal"},
			stdout: []string{"Dear Leona,", "Best wishes,"}},
		{name: "bad choice", answers: good, given: map[string]string{letter.KeyClosing: "beg"}, code: 2,
			stderr: []string{`--closing: "beg" is not one of give-time, ask-forgiveness`}},
		{name: "answers the rules flag", answers: strings.Replace(good, "what_i_did: I broke", "what_i_did: I'm sorry if I broke", 1), code: 1,
			stderr: []string{"a.yaml:4: what_i_did: error: ", "[conditional-apology]", "try: ", "--force"}},
		{name: "answers the rules flag, forced", answers: good, given: map[string]string{letter.KeyImpact: "You are too sensitive about your things"}, force: true,
			stderr: []string{"--impact: warning: ", "[minimizing]"}, stdout: []string{"You are too sensitive about your things"}},
		{name: "not what the writer did", answers: good, given: map[string]string{letter.KeyWhatIDid: "you were upset about the lens"}, code: 2,
			stderr: []string{`--what-i-did: say what you did, as you would finish "I'm sorry I ..."`}},
		{name: "output file", answers: good, output: "letter.md"},
		{name: "output file exists", answers: good, output: "letter.md", exists: true, code: 2,
			stderr: []string{"letter.md: already exists (use --force to replace it)"}},
		{name: "output file replaced with force", answers: good, output: "letter.md", exists: true, force: true},
		{name: "bad answers file", answers: "recipient: [\n", code: 2, stderr: []string{"a.yaml:1: not valid YAML or JSON"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, nil)
			if tt.answers != "" {
				h.write(t, "a.yaml", tt.answers)
				h.opts.AnswersFile = "a.yaml"
			}
			h.opts.Given, h.opts.Changes, h.opts.Force, h.opts.Output = tt.given, tt.changes, tt.force, tt.output
			if tt.exists {
				h.write(t, tt.output, "my own letter\n")
			}
			err := draftRun(h.opts)
			if code := cmdutil.ExitCode(err); code != tt.code {
				t.Fatalf("exit %d (%v), want %d\nstderr: %s", code, err, tt.code, h.errOut)
			}
			stderr := h.errOut.String()
			if err != nil && cmdutil.ExitCode(err) == 2 {
				stderr += err.Error()
			}
			for _, s := range tt.stderr {
				if !strings.Contains(stderr, s) {
					t.Errorf("stderr lacks %q:\n%s", s, stderr)
				}
			}
			if tt.code != 0 || tt.output != "" {
				if h.out.Len() > 0 {
					t.Errorf("stdout should be empty: %s", h.out)
				}
			}
			for _, s := range tt.stdout {
				if !strings.Contains(h.out.String(), s) {
					t.Errorf("stdout lacks %q:\n%s", s, h.out)
				}
			}
			if tt.output != "" {
				got := readFile(t, filepath.Join(h.work, tt.output))
				switch {
				case tt.code != 0 && got != "my own letter\n":
					t.Errorf("%s was changed: %q", tt.output, got)
				case tt.code == 0 && !strings.HasPrefix(got, "---\nto: Leon\n"):
					t.Errorf("%s = %q", tt.output, got)
				}
			}
		})
	}
}

func TestFlags(t *testing.T) {
	io, _, _, _ := iostreams.Test()
	f := &cmdutil.Factory{IOStreams: io, Getenv: func(string) string { return "" }, WorkDir: "/w"}
	var got *DraftOptions
	cmd := NewCmdDraft(f, func(o *DraftOptions) error { got = o; return nil })
	cmd.SetArgs([]string{"--answers", "a.yaml", "--to", "Alex", "--what-i-did", "I lied", "--change", "one", "--change", "two",
		"-o", "l.md", "--force", "--format", "text", "--template", "partner", "--tone", "formal"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{letter.KeyRecipient: "Alex", letter.KeyWhatIDid: "I lied", letter.KeyTone: "formal"}
	if len(got.Given) != len(want) {
		t.Errorf("Given = %v, want %v", got.Given, want)
	}
	for k, v := range want {
		if got.Given[k] != v {
			t.Errorf("Given[%s] = %q, want %q", k, got.Given[k], v)
		}
	}
	if got.AnswersFile != "a.yaml" || strings.Join(got.Changes, "|") != "one|two" || got.Output != "l.md" || !got.Force ||
		got.Format != "text" || got.Template != "partner" || got.Prompter != nil || got.WorkDir != "/w" {
		t.Errorf("opts = %+v", got)
	}
}

// TestReadmeExample drafts the answers README.md shows and checks that
// the letter it shows is the one the tool writes.
func TestReadmeExample(t *testing.T) {
	readme := readFile(t, "../../../README.md")
	const from = "From `testdata/answers-rough/"
	i := strings.Index(readme, from)
	if i < 0 {
		t.Fatal("README.md shows no drafted example")
	}
	name, _, _ := strings.Cut(readme[i+len(from):], "`")
	rest := readme[i:]
	_, yamlBlock, _ := strings.Cut(rest, "```yaml\n")
	yamlBlock, rest, _ = strings.Cut(yamlBlock, "```")
	_, want, _ := strings.Cut(rest, "```markdown\n")
	want, _, _ = strings.Cut(want, "```")
	path := filepath.Join("../../../testdata/answers-rough", name)
	if got := readFile(t, path); got != yamlBlock {
		t.Errorf("README's answers differ from %s:\n%s", path, yamlBlock)
	}
	abs, _ := filepath.Abs(path)
	h := newHarness(t, nil)
	h.opts.AnswersFile = abs
	h.opts.Given = map[string]string{}
	if err := draftRun(h.opts); err != nil {
		t.Fatalf("%v\n%s", err, h.errOut)
	}
	if h.out.String() != want {
		t.Errorf("README's letter is not what the tool writes:\ngot:\n%s\nwant:\n%s", h.out.String(), want)
	}
}

// TestPreviewEdit: after each answer the writer sees it as the letter
// will say it; "no" asks the same question again with their answer to
// edit, and the letter uses the edited answer.
func TestPreviewEdit(t *testing.T) {
	p := prompt.NewScripted(t,
		prompt.Input("How did it affect them", "had to hire a lens"),
		prompt.Confirm("Keep it as it reads", false),
		prompt.Input("How did it affect them", "had to hire a lens at short notice for your paid shoot"),
		prompt.Confirm("Keep it as it reads", true),
		prompt.Input("sign it", "Sam"),
	)
	h := newHarness(t, p)
	h.opts.AnswersFile = h.write(t, "a.yaml", "recipient: Leon\nrelationship: friend\nwhat_i_did: I broke the lens you lent me\n"+
		"repair: pay for a new lens\nchanges: [keep borrowed things in their case]\nclosing: give-time\n")
	if err := draftRun(h.opts); err != nil {
		t.Fatalf("%v\n%s", err, h.errOut)
	}
	if err := p.Verify(); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(h.out.String(), "You had to hire a lens at short notice for your paid shoot") {
		t.Errorf("the letter does not use the edited answer:\n%s", h.out)
	}
	if n := strings.Count(h.errOut.String(), "  In the letter: You had to hire a lens"); n != 2 {
		t.Errorf("%d previews of the impact, want 2:\n%s", n, h.errOut)
	}
}
