package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

func TestGeneratesEveryCommand(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	var stderr bytes.Buffer
	if code := run([]string{"-out", dir}, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}

	// One page per visible command of the real tree, in both formats.
	var walk func(*cobra.Command)
	n := 0
	walk = func(c *cobra.Command) {
		if !c.IsAvailableCommand() && c.HasParent() {
			return
		}
		n++
		base := strings.ReplaceAll(c.CommandPath(), " ", "-")
		for _, p := range []string{
			filepath.Join(dir, "man1", base+".1"),
			filepath.Join(dir, "markdown", strings.ReplaceAll(base, "-", "_")+".md"),
		} {
			if _, err := os.Stat(p); err != nil {
				t.Errorf("%s: no page: %v", c.CommandPath(), err)
			}
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(tree())
	if n < 5 {
		t.Errorf("only %d commands documented", n)
	}

	lint := read(t, dir, "man1", "apology-lint.1")
	for _, want := range []string{`.TH "APOLOGY-LINT" "1" "Nov 2023" "apology `, `\fB--format\fP`, `\fB--fail-on\fP`, `"apology manual"`} {
		if !strings.Contains(lint, want) {
			t.Errorf("apology-lint.1 lacks %q", want)
		}
	}
	for _, name := range []string{"apology-version.1", "apology-init.1", "apology-completion-bash.1"} {
		read(t, dir, "man1", name)
	}
	if top := read(t, dir, "man1", "apology.1"); !strings.Contains(top, `\fB--version\fP`) {
		t.Errorf("apology.1 lacks --version:\n%s", top)
	}
	md := read(t, dir, "markdown", "apology_init.md")
	if !strings.Contains(md, "--force") {
		t.Errorf("apology_init.md lacks --force:\n%s", md)
	}
	if strings.Contains(md, "Auto generated") {
		t.Errorf("apology_init.md carries a generation date:\n%s", md)
	}
}

func TestOnlyMan(t *testing.T) {
	dir := t.TempDir()
	var stderr bytes.Buffer
	if code := run([]string{"-out", dir, "-format", "man"}, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	read(t, dir, "man1", "apology.1")
	if _, err := os.Stat(filepath.Join(dir, "markdown")); !os.IsNotExist(err) {
		t.Errorf("markdown/ written with -format man (err %v)", err)
	}
}

func TestBadInput(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		want string
	}{
		{nil, "gendocs: -out is required"},
		{[]string{"-out", t.TempDir(), "-format", "pdf"}, `gendocs: -format: "pdf" is not man, markdown or all`},
		{[]string{"docs"}, `gendocs: unexpected argument "docs"`},
		{[]string{"-out", file}, "gendocs: mkdir " + file + ": not a directory"},
		{[]string{"-nope"}, "flag provided but not defined: -nope"},
	}
	for _, tt := range tests {
		var stderr bytes.Buffer
		if code := run(tt.args, &stderr); code != 2 {
			t.Errorf("%q: exit %d, want 2", tt.args, code)
		}
		if !strings.Contains(stderr.String(), tt.want) {
			t.Errorf("%q: stderr %q, want %q", tt.args, stderr.String(), tt.want)
		}
	}
}

func read(t *testing.T, elem ...string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(elem...))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestHelpTextStaysText: help texts are plain text, but the generators
// read them as Markdown; an address in angle brackets must not become a
// mailto link, nor "<no value>" an HTML tag that vanishes.
func TestHelpTextStaysText(t *testing.T) {
	dir := t.TempDir()
	var stderr bytes.Buffer
	if code := run([]string{"-out", dir}, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	draft := read(t, dir, "man1", "apology-draft.1")
	if strings.Contains(draft, "mailto") || !strings.Contains(draft, `"Alex <alex@example.com>"`) {
		t.Errorf("apology-draft.1 turns the address in --from's usage into a link:\n%s", draft)
	}
	if tmpl := read(t, dir, "man1", "apology-templates.1"); !strings.Contains(tmpl, `never "<no value>"`) {
		t.Errorf("apology-templates.1 lost \"<no value>\":\n%s", tmpl)
	}
	if bash := read(t, dir, "man1", "apology-completion-bash.1"); !strings.Contains(bash, "source <(apology completion bash)") {
		t.Errorf("apology-completion-bash.1 changed its code line:\n%s", bash)
	}
	// Markdown: the flags are in a code block, shown as they are; the
	// description is Markdown, escaped.
	md := read(t, dir, "markdown", "apology_draft.md")
	if !strings.Contains(md, `"Alex <alex@example.com>"`) || strings.Contains(md, `\<alex`) {
		t.Errorf("apology_draft.md flags:\n%s", md)
	}
	if md := read(t, dir, "markdown", "apology_templates.md"); !strings.Contains(md, `never "\<no value>"`) {
		t.Errorf("apology_templates.md leaves an HTML tag in its description:\n%s", md)
	}
}

func TestEscapeMarkdown(t *testing.T) {
	for in, want := range map[string]string{
		"Alex <a@b.c>":            `Alex \<a@b.c>`,
		"`<code>` and <tag>":      "`<code>` and \\<tag>",
		"text\n\tsource <(cmd)\n": "text\n\tsource <(cmd)\n",
		"    indented <x>":        "    indented <x>",
	} {
		if got := escapeMarkdown(in); got != want {
			t.Errorf("escapeMarkdown(%q) = %q, want %q", in, got, want)
		}
	}
}
