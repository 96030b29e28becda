//go:build unix

package draft

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/apology-cli/apology/pkg/cmdutil"
	"github.com/apology-cli/apology/pkg/prompt"
)

// TestOutputCheckedBeforeTheInterview: an -o file that cannot be written
// is refused before the first question, so nothing typed is wasted.
func TestOutputCheckedBeforeTheInterview(t *testing.T) {
	tests := []struct {
		name, output string
		setup        func(t *testing.T, h *harness)
		want         string
		format       string // --format
	}{
		{"missing directory", "nodir/x.md", nil, `nodir/x.md: the directory "nodir" does not exist`, "md"},
		{"parent is a file", "notes/x.md", func(t *testing.T, h *harness) { h.write(t, "notes", "a file\n") },
			`notes/x.md: "notes" is not a directory`, "md"},
		{"existing file", "x.md", func(t *testing.T, h *harness) { h.write(t, "x.md", "my own letter\n") },
			"x.md: already exists (use --force to replace it)", "md"},
		{"a directory", "letters", func(t *testing.T, h *harness) {
			if err := os.Mkdir(filepath.Join(h.work, "letters"), 0o755); err != nil {
				t.Fatal(err)
			}
		}, "letters: is a directory", "md"},
		{"unknown extension", "x.pdf", nil, `x.pdf: unknown extension ".pdf"`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := prompt.NewScripted(nil) // any question is a failure
			h := newHarness(t, p)
			h.opts.Format, h.opts.Output = tt.format, tt.output
			if tt.setup != nil {
				tt.setup(t, h)
			}
			err := draftRun(h.opts)
			if cmdutil.ExitCode(err) != cmdutil.ExitError || err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Fatalf("err = %v, want exit 2 and %q", err, tt.want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error is more than one line: %q", err)
			}
			if asked := p.Asked(); len(asked) > 0 {
				t.Errorf("asked %q before refusing the output", asked)
			}
		})
	}
}

// hookPrompter runs a function before the question whose message holds
// match, as if something changed on disk while the person was typing.
type hookPrompter struct {
	prompt.Prompter
	match string
	do    func()
}

func (h *hookPrompter) Input(message, help, def string, v prompt.Validator) (string, error) {
	if h.do != nil && strings.Contains(message, h.match) {
		h.do()
		h.do = nil
	}
	return h.Prompter.Input(message, help, def, v)
}

// TestFailedWriteKeepsTheLetter: when the final write fails after an
// interview, the letter is saved in a new file in the temporary directory
// and the error names it.
func TestFailedWriteKeepsTheLetter(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	want := readFile(t, filepath.Join(goldenDir, "partner.md"))

	t.Run("directory removed during the interview", func(t *testing.T) {
		p := prompt.NewScripted(t, partnerInterview()...)
		h := newHarness(t, nil)
		out := filepath.Join(h.work, "out")
		if err := os.Mkdir(out, 0o755); err != nil {
			t.Fatal(err)
		}
		h.opts.Prompter = &hookPrompter{Prompter: p, match: "sign it", do: func() { os.RemoveAll(out) }}
		h.opts.Output = "out/letter.md"
		err := draftRun(h.opts)
		if err := p.Verify(); err != nil {
			t.Fatal(err)
		}
		checkSaved(t, err, "out/letter.md: ", tmp, want)
	})

	t.Run("device full", func(t *testing.T) {
		if _, err := os.Stat("/dev/full"); err != nil {
			t.Skip("no /dev/full")
		}
		p := prompt.NewScripted(t, partnerInterview()...)
		h := newHarness(t, p)
		h.opts.Output = "/dev/full"
		err := draftRun(h.opts)
		if err := p.Verify(); err != nil {
			t.Fatal(err)
		}
		checkSaved(t, err, "/dev/full: no space left on device", tmp, want)
		if fi, err := os.Stat("/dev/full"); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
			t.Fatalf("/dev/full is no longer a character device: %v %v", fi.Mode(), err)
		}
	})
}

// checkSaved checks err names the output and a file in dir that holds
// the letter.
func checkSaved(t *testing.T, err error, prefix, dir, letter string) {
	t.Helper()
	if cmdutil.ExitCode(err) != cmdutil.ExitError || err == nil || !strings.HasPrefix(err.Error(), prefix) {
		t.Fatalf("err = %v, want exit 2 and %q", err, prefix)
	}
	msg := err.Error()
	if strings.Contains(msg, "\n") {
		t.Errorf("error is more than one line: %q", msg)
	}
	i := strings.Index(msg, dir)
	if i < 0 {
		t.Fatalf("the error names no file in %s: %q", dir, msg)
	}
	saved := strings.Fields(msg[i:])[0]
	saved = strings.TrimRight(saved, ".,;)")
	if got := readFile(t, saved); got != letter {
		t.Errorf("%s holds %q, want the letter", saved, got)
	}
	os.Remove(saved)
}

// TestOutputSpecialFiles: devices and FIFOs are written through, never
// replaced; /dev/null needs no --force.
func TestOutputSpecialFiles(t *testing.T) {
	answers := readFile(t, filepath.Join(answersDir, "friend.yaml"))

	t.Run("/dev/null without --force", func(t *testing.T) {
		h := newHarness(t, nil)
		h.opts.AnswersFile = h.write(t, "a.yaml", answers)
		h.opts.Output = "/dev/null"
		if err := draftRun(h.opts); err != nil {
			t.Fatal(err)
		}
		if fi, err := os.Stat("/dev/null"); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
			t.Fatalf("/dev/null: %v %v", fi.Mode(), err)
		}
	})

	t.Run("full device with --force", func(t *testing.T) {
		h := newHarness(t, nil)
		dev := fullDevice(t, h.work)
		h.opts.AnswersFile = h.write(t, "a.yaml", answers)
		h.opts.Output, h.opts.Force = "full", true
		err := draftRun(h.opts)
		if err == nil || err.Error() != "full: no space left on device" {
			t.Errorf("err = %v, want %q", err, "full: no space left on device")
		}
		if fi, err := os.Lstat(dev); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
			t.Fatalf("%s is no longer a character device: %v %v", dev, fi.Mode(), err)
		}
	})

	t.Run("FIFO with --force", func(t *testing.T) {
		h := newHarness(t, nil)
		fifo := filepath.Join(h.work, "pipe")
		if err := syscall.Mkfifo(fifo, 0o600); err != nil {
			t.Skip(err)
		}
		r, err := os.OpenFile(fifo, os.O_RDONLY|syscall.O_NONBLOCK, 0)
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		h.opts.AnswersFile = h.write(t, "a.yaml", answers)
		h.opts.Output, h.opts.Force = "pipe", true
		if err := draftRun(h.opts); err != nil {
			t.Fatal(err)
		}
		buf := make([]byte, 1<<16)
		n, _ := r.Read(buf)
		if !strings.HasPrefix(string(buf[:n]), "---\nto: Leon\n") {
			t.Errorf("read from the FIFO: %q", buf[:n])
		}
		if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
			t.Fatalf("the FIFO was replaced: %v %v", fi.Mode(), err)
		}
	})
}

// TestFormatFromExtension: without --format the -o extension picks the
// format; --format wins.
func TestFormatFromExtension(t *testing.T) {
	answers := readFile(t, filepath.Join(answersDir, "friend.yaml"))
	tests := []struct{ output, format, want string }{
		{"letter.html", "", "<!DOCTYPE html>"},
		{"letter.htm", "", "<!DOCTYPE html>"},
		{"letter.txt", "", "Hi Leon,"},
		{"letter.md", "", "---\nto: Leon\n"},
		{"letter.markdown", "", "---\nto: Leon\n"},
		{"letter.HTML", "", "<!DOCTYPE html>"},
		{"letter.html", "md", "---\nto: Leon\n"},
		{"letter.pdf", "text", "Hi Leon,"},
	}
	for _, tt := range tests {
		t.Run(tt.output+"/"+tt.format, func(t *testing.T) {
			h := newHarness(t, nil)
			h.write(t, "a.yaml", answers)
			args := []string{"--answers", "a.yaml", "-o", tt.output}
			if tt.format != "" {
				args = append(args, "--format", tt.format)
			}
			if err := runCmd(h, args...); err != nil {
				t.Fatal(err)
			}
			if got := readFile(t, filepath.Join(h.work, tt.output)); !strings.HasPrefix(got, tt.want) {
				t.Errorf("%s = %.60q, want it to start with %q", tt.output, got, tt.want)
			}
		})
	}
	h := newHarness(t, nil)
	h.write(t, "a.yaml", answers)
	err := runCmd(h, "--answers", "a.yaml", "-o", "letter.pdf")
	want := `letter.pdf: unknown extension ".pdf": use .md, .markdown, .html, .htm, .txt or .eml, or give --format`
	if err == nil || err.Error() != want {
		t.Errorf("-o letter.pdf: err = %v, want %q", err, want)
	}
	if _, err := os.Stat(filepath.Join(h.work, "letter.pdf")); err == nil {
		t.Error("letter.pdf was written")
	}
}

// runCmd runs `apology draft ARGS` with the harness's streams.
func runCmd(h *harness, args ...string) error {
	f := &cmdutil.Factory{IOStreams: h.opts.IO, WorkDir: h.work, Getenv: h.opts.Getenv}
	cmd := NewCmdDraft(f, nil)
	cmd.SetArgs(args)
	cmd.SetOut(h.out)
	cmd.SetErr(h.errOut)
	cmd.SilenceErrors, cmd.SilenceUsage = true, true
	return cmd.Execute()
}

// fullDevice makes a copy of /dev/full in dir, or skips the test.
func fullDevice(t *testing.T, dir string) string {
	t.Helper()
	var st syscall.Stat_t
	if err := syscall.Stat("/dev/full", &st); err != nil {
		t.Skip("no /dev/full")
	}
	dev := filepath.Join(dir, "full")
	if err := syscall.Mknod(dev, syscall.S_IFCHR|0o666, int(st.Rdev)); err != nil {
		t.Skipf("cannot make a device node: %v", err)
	}
	f, err := os.OpenFile(dev, os.O_WRONLY, 0)
	if err != nil {
		t.Skipf("cannot open a device node here: %v", err)
	}
	f.Close()
	return dev
}

// TestFailedWriteKeepsPipedAnswers: answers read from standard input may
// exist nowhere else, so their letter is kept too; an answers file's is
// not (the answers are still in the file).
func TestFailedWriteKeepsPipedAnswers(t *testing.T) {
	if _, err := os.Stat("/dev/full"); err != nil {
		t.Skip("no /dev/full")
	}
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	answers := readFile(t, filepath.Join(answersDir, "friend.yaml"))
	want := readFile(t, filepath.Join(goldenDir, "friend.md"))

	h := newHarness(t, nil)
	h.opts.IO.In = strings.NewReader(answers)
	h.opts.AnswersFile, h.opts.Output = "-", "/dev/full"
	checkSaved(t, draftRun(h.opts), "/dev/full: no space left on device; the letter is saved in ", tmp, want)

	h = newHarness(t, nil)
	h.opts.AnswersFile = h.write(t, "a.yaml", answers)
	h.opts.Output = "/dev/full"
	if err := draftRun(h.opts); err == nil || err.Error() != "/dev/full: no space left on device" {
		t.Errorf("err = %v", err)
	}
	if entries, _ := os.ReadDir(tmp); len(entries) != 0 {
		t.Errorf("%d files saved for an answers file", len(entries))
	}
}
