package root

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apology-cli/apology/pkg/cmdutil"
	"github.com/apology-cli/apology/pkg/iostreams"
)

func TestRunExitCodes(t *testing.T) {
	dir := t.TempDir()
	letter := filepath.Join(dir, "letter.md")
	if err := os.WriteFile(letter, []byte("I'm sorry if you were hurt.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name    string
		ctx     context.Context
		args    []string
		code    int
		stderr  string
		nothing bool // stdout must stay empty
	}{
		{"findings", context.Background(), []string{"lint", "--rule", "conditional-apology", letter}, 1, "", false},
		{"unknown flag", context.Background(), []string{"lint", "--nope"}, 2, "apology: unknown flag: --nope\nRun 'apology lint --help' for usage.\n", true},
		{"bad flag value", context.Background(), []string{"render", "--format", "pdf", letter}, 2, "Run 'apology render --help' for usage.\n", true},
		{"too many arguments", context.Background(), []string{"rules", "a", "b"}, 2, "Run 'apology rules --help' for usage.\n", true},
		{"nested command", context.Background(), []string{"completion", "bash", "--nope"}, 2, "Run 'apology completion bash --help' for usage.\n", true},
		{"unknown command", context.Background(), []string{"apologise"}, 2, "unknown command \"apologise\" for \"apology\"", true},
		{"interrupted", cancelled, []string{"lint", letter}, 130, "interrupted, nothing written", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			io, _, out, errOut := iostreams.Test()
			f := &cmdutil.Factory{IOStreams: io, WorkDir: dir, Getenv: func(string) string { return "" }}
			if code := Run(tt.ctx, f, tt.args); code != tt.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tt.code, errOut.String())
			}
			if !strings.Contains(errOut.String(), tt.stderr) {
				t.Errorf("stderr = %q, want %q in it", errOut.String(), tt.stderr)
			}
			if tt.nothing && out.Len() > 0 {
				t.Errorf("stdout = %q, want nothing", out.String())
			}
		})
	}
}
