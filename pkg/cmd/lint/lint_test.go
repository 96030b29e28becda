package lint

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/apology-cli/apology/pkg/cmdutil"
	"github.com/apology-cli/apology/pkg/iostreams"
)

func TestLintRun(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("bad.md", "I'm sorry if you were hurt.\n")
	// One byte over the default limit, 8MiB.
	write("huge.md", strings.Repeat("I'm sorry if you were hurt.\n", (8<<20)/28+1)[:8<<20+1])
	write("good.md", "I'm sorry I shouted at you.\n")
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()

	tests := []struct {
		name    string
		opts    LintOptions
		wantErr error
		wantOut string // substring of stdout; "" means stdout must be empty
		wantEnd string // substring of stderr
	}{
		{name: "finding fails", opts: LintOptions{Paths: []string{"bad.md"}, Rules: []string{"conditional-apology"}},
			wantErr: cmdutil.ErrFindings, wantOut: "bad.md:1:5: error:"},
		{name: "clean passes", opts: LintOptions{Paths: []string{"good.md"}, Rules: []string{"conditional-apology"}},
			wantOut: "no findings in 1 file"},
		{name: "interrupted prints nothing", opts: LintOptions{Ctx: cancelled, Paths: []string{"bad.md"}},
			wantErr: cmdutil.ErrCancel},
		{name: "missing file is exit 2 and named", opts: LintOptions{Paths: []string{"nope.md", "good.md"}, Rules: []string{"conditional-apology"}},
			wantErr: cmdutil.ErrSilent, wantOut: "no findings in 1 file", wantEnd: "nope.md: no such file or directory"},
		{name: "a letter over 8MiB is refused, unread", opts: LintOptions{Paths: []string{"huge.md", "bad.md"}, Rules: []string{"conditional-apology"}},
			wantErr: cmdutil.ErrSilent, wantOut: "bad.md:1:5: error:", wantEnd: "huge.md: larger than 8MiB, the limit for a letter (--max-size raises it)"},
		{name: "bad format", opts: LintOptions{Paths: []string{"good.md"}, Format: "xml"},
			wantErr: &cmdutil.FlagError{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			io, _, out, errOut := iostreams.Test()
			opts := tt.opts
			opts.IO, opts.WorkDir = io, dir
			if opts.Format == "" {
				opts.Format = "text"
			}
			err := lintRun(&opts)
			var flagErr *cmdutil.FlagError
			switch {
			case tt.wantErr == nil && err != nil:
				t.Fatalf("err = %v", err)
			case errors.As(tt.wantErr, &flagErr):
				if !errors.As(err, &flagErr) {
					t.Fatalf("err = %v, want a usage error", err)
				}
			case tt.wantErr != nil && !errors.Is(err, tt.wantErr):
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if tt.wantOut == "" && out.Len() > 0 {
				t.Errorf("stdout = %q, want nothing", out.String())
			}
			if !strings.Contains(out.String(), tt.wantOut) {
				t.Errorf("stdout = %q, want %q in it", out.String(), tt.wantOut)
			}
			if !strings.Contains(errOut.String(), tt.wantEnd) {
				t.Errorf("stderr = %q, want %q in it", errOut.String(), tt.wantEnd)
			}
		})
	}
}

// TestLintRunManyFilesInOrder: a directory of many letters, linted on
// several goroutines, prints byte for byte what linting on one does.
func TestLintRunManyFilesInOrder(t *testing.T) {
	dir := t.TempDir()
	paths, _ := filepath.Glob("../../../testdata/*/*.md")
	if len(paths) < 200 {
		t.Fatalf("only %d letters", len(paths))
	}
	for i, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		sub := filepath.Join(dir, "letters", filepath.Base(filepath.Dir(p)))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			t.Fatal(err)
		}
		name := filepath.Join(sub, filepath.Base(p))
		if i%50 == 0 {
			name += ".txt" // a second kind of letter file
		}
		if err := os.WriteFile(name, src, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A file that is not a letter: its error comes before the findings.
	if err := os.WriteFile(filepath.Join(dir, "letters", "blob.md"), []byte("a\x00b"), 0o644); err != nil {
		t.Fatal(err)
	}
	run := func(procs int, format string) (string, string, error) {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		io, _, out, errOut := iostreams.Test()
		opts := LintOptions{IO: io, WorkDir: dir, Paths: []string{"letters"}, Format: format}
		err := lintRun(&opts)
		return out.String(), errOut.String(), err
	}
	for _, format := range []string{"text", "json"} {
		wantOut, wantErr, wantRunErr := run(1, format)
		if strings.Count(wantOut, "\n") < 500 || !strings.Contains(wantErr, "blob.md") {
			t.Fatalf("%s: %d lines out, stderr %q: not the run the test needs", format, strings.Count(wantOut, "\n"), wantErr)
		}
		for range 2 {
			out, errOut, runErr := run(4, format)
			if out != wantOut || errOut != wantErr || !errors.Is(runErr, wantRunErr) {
				t.Fatalf("%s on 4 goroutines differs from one: %d bytes out (want %d), stderr %q (want %q), %v (want %v)",
					format, len(out), len(wantOut), errOut, wantErr, runErr, wantRunErr)
			}
		}
	}
}
