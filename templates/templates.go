// Package templates holds the letter skeletons `apology draft` fills: one
// text/template file per relationship, built in, and any the person keeps
// in $XDG_CONFIG_HOME/apology/templates/, which replace built-in ones of
// the same name.
package templates

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

//go:embed *.tmpl
var builtin embed.FS

// Ext is the file extension of a template.
const Ext = ".tmpl"

// Template is one skeleton: its name, where it came from and its text.
type Template struct {
	Name        string // "partner": the file name without .tmpl
	Path        string // the file it was read from; "" for a built-in one
	Description string // the first line's {{/* comment */}}, if any
	Text        string
	// Overrides is true for a user template that replaces a built-in one.
	Overrides bool
}

// BuiltIn reports whether the template ships with apology.
func (t Template) BuiltIn() bool { return t.Path == "" }

// Source is where the template came from, for listings and errors.
func (t Template) Source() string {
	if t.BuiltIn() {
		return "built-in"
	}
	return t.Path
}

// FileName names the template in parse and execution errors: the user's
// file path, or the built-in file name.
func (t Template) FileName() string {
	if t.BuiltIn() {
		return t.Name + Ext
	}
	return t.Path
}

// UserDir is where the person's own templates live:
// $XDG_CONFIG_HOME/apology/templates, or ~/.config/apology/templates.
// It returns "" when neither variable is set.
func UserDir(getenv func(string) string) string {
	base := getenv("XDG_CONFIG_HOME")
	if base == "" || !filepath.IsAbs(base) {
		// The XDG spec says to ignore a relative value.
		home := getenv("HOME")
		if home == "" {
			return ""
		}
		base = filepath.Join(home, ".config")
	}
	return filepath.Join(base, "apology", "templates")
}

// BuiltIns returns the templates that ship with apology, by name.
func BuiltIns() []Template {
	entries, err := builtin.ReadDir(".")
	if err != nil {
		panic(err) // the embedded directory always reads
	}
	var out []Template
	for _, e := range entries {
		b, err := builtin.ReadFile(e.Name())
		if err != nil {
			panic(err)
		}
		out = append(out, newTemplate(strings.TrimSuffix(e.Name(), Ext), "", string(b)))
	}
	return out
}

func newTemplate(name, path, text string) Template {
	return Template{Name: name, Path: path, Text: text, Description: description(text)}
}

// description reads a leading {{/* comment */}} (its first line).
func description(text string) string {
	s := strings.TrimLeft(text, " \t\r\n")
	s = strings.TrimPrefix(s, "{{-")
	s = strings.TrimPrefix(s, "{{")
	s = strings.TrimLeft(s, " ")
	if !strings.HasPrefix(s, "/*") {
		return ""
	}
	end := strings.Index(s, "*/")
	if end < 0 {
		return ""
	}
	c := strings.TrimSpace(s[2:end])
	if i := strings.IndexByte(c, '\n'); i >= 0 {
		c = strings.TrimSpace(c[:i])
	}
	return c
}

// User reads the *.tmpl files in dir. A missing directory has none.
func User(dir string) ([]Template, error) {
	if dir == "" {
		return nil, nil
	}
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading templates: %w", err)
	}
	var out []Template
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), Ext) || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		t, err := ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, nil
}

// ReadFile reads one template file; its name is the file name without .tmpl.
func ReadFile(path string) (Template, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return Template{}, fmt.Errorf("%s: %w", path, err)
	}
	return newTemplate(strings.TrimSuffix(filepath.Base(path), Ext), path, string(b)), nil
}

// List returns every template by name: built-in ones and the person's own
// from dir, which replace built-in ones of the same name.
func List(dir string) ([]Template, error) {
	user, err := User(dir)
	if err != nil {
		return nil, err
	}
	byName := map[string]Template{}
	for _, t := range BuiltIns() {
		byName[t.Name] = t
	}
	for _, t := range user {
		_, t.Overrides = byName[t.Name]
		byName[t.Name] = t
	}
	out := make([]Template, 0, len(byName))
	for _, t := range byName {
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// IsFile reports whether a --template value names a file rather than a
// template: it has a path separator or ends in .tmpl.
func IsFile(nameOrFile string) bool {
	return strings.ContainsRune(nameOrFile, '/') || strings.ContainsRune(nameOrFile, filepath.Separator) ||
		strings.HasSuffix(nameOrFile, Ext)
}

// Lookup finds a template by name (the person's own first, then the
// built-in ones) or reads it from a file; relative files are taken from
// workDir.
func Lookup(nameOrFile, dir, workDir string) (Template, error) {
	if IsFile(nameOrFile) {
		path := nameOrFile
		if !filepath.IsAbs(path) {
			path = filepath.Join(workDir, path)
		}
		t, err := ReadFile(path)
		if err != nil && !filepath.IsAbs(nameOrFile) {
			// Name the file as the person wrote it.
			err = fmt.Errorf("%s: %w", nameOrFile, errors.Unwrap(err))
		}
		if err == nil && !filepath.IsAbs(nameOrFile) {
			t.Path = nameOrFile
		}
		return t, err
	}
	all, err := List(dir)
	if err != nil {
		return Template{}, err
	}
	names := make([]string, 0, len(all))
	for _, t := range all {
		if t.Name == nameOrFile {
			return t, nil
		}
		names = append(names, t.Name)
	}
	return Template{}, fmt.Errorf("no template named %q (templates: %s)", nameOrFile, strings.Join(names, ", "))
}
