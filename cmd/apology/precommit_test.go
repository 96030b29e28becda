package main

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/apology-cli/apology/pkg/cmdutil"
)

// The pre-commit hook must build this command and hand it the same files
// `apology lint DIR` would read.
func TestPreCommitHook(t *testing.T) {
	b, err := os.ReadFile("../../.pre-commit-hooks.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var hooks []struct {
		ID       string   `yaml:"id"`
		Name     string   `yaml:"name"`
		Entry    string   `yaml:"entry"`
		Language string   `yaml:"language"`
		Files    string   `yaml:"files"`
		Types    []string `yaml:"types"`
	}
	if err := yaml.Unmarshal(b, &hooks); err != nil {
		t.Fatalf(".pre-commit-hooks.yaml: %v", err)
	}
	if len(hooks) != 1 || hooks[0].ID != "apology-lint" {
		t.Fatalf("want one hook apology-lint, got %+v", hooks)
	}
	h := hooks[0]
	if h.Name == "" || h.Entry != "apology lint" || h.Language != "golang" {
		t.Errorf("hook = %+v, want name set, entry \"apology lint\", language golang", h)
	}
	// pre-commit matches `files` with Python's re.search; this pattern uses
	// only syntax Go's regexp shares.
	re, err := regexp.Compile(h.Files)
	if err != nil {
		t.Fatalf("files: %v", err)
	}
	for _, ext := range cmdutil.LetterExtensions {
		for _, name := range []string{"letter." + ext, "letters/Sam." + ext, "SHOUT." + strings.ToUpper(ext)} {
			if !re.MatchString(name) {
				t.Errorf("files %q does not match %s", h.Files, name)
			}
		}
	}
	for _, name := range []string{"main.go", "letter.md.bak", "notes.mdx", ".apology.yaml", "txt"} {
		if re.MatchString(name) {
			t.Errorf("files %q matches %s", h.Files, name)
		}
	}
}
