package templates

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBuiltIns(t *testing.T) {
	got := map[string]Template{}
	for _, tp := range BuiltIns() {
		got[tp.Name] = tp
		if !tp.BuiltIn() || tp.Source() != "built-in" || tp.FileName() != tp.Name+".tmpl" {
			t.Errorf("%s: built-in = %v, source %q, file %q", tp.Name, tp.BuiltIn(), tp.Source(), tp.FileName())
		}
		if tp.Description == "" || strings.Contains(tp.Description, "*/") {
			t.Errorf("%s: description %q", tp.Name, tp.Description)
		}
	}
	// One per relationship; "other" uses general.
	for _, name := range []string{"partner", "friend", "family", "colleague", "customer", "general"} {
		if _, ok := got[name]; !ok {
			t.Errorf("no built-in template %q", name)
		}
	}
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestUserTemplatesOverride(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "partner.tmpl"), "{{/* my partner letter\nsecond line */}}Hi {{.To}}\n")
	writeFile(t, filepath.Join(dir, "neighbour.tmpl"), "Dear {{.To}}\n")
	writeFile(t, filepath.Join(dir, "notes.txt"), "not a template")
	writeFile(t, filepath.Join(dir, ".hidden.tmpl"), "hidden")
	all, err := List(dir)
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]Template{}
	var names []string
	for _, tp := range all {
		byName[tp.Name] = tp
		names = append(names, tp.Name)
	}
	if got := strings.Join(names, " "); got != "colleague customer family friend general neighbour partner" {
		t.Errorf("names = %s", got)
	}
	p := byName["partner"]
	if p.BuiltIn() || !p.Overrides || p.Description != "my partner letter" || p.Path != filepath.Join(dir, "partner.tmpl") {
		t.Errorf("partner = %+v", p)
	}
	if n := byName["neighbour"]; n.Overrides || n.Description != "" {
		t.Errorf("neighbour = %+v", n)
	}
	got, err := Lookup("partner", dir, "/")
	if err != nil || got.Text != "{{/* my partner letter\nsecond line */}}Hi {{.To}}\n" {
		t.Errorf("Lookup(partner) = %+v, %v", got, err)
	}
	if got, err := Lookup("partner", filepath.Join(dir, "missing"), "/"); err != nil || !got.BuiltIn() {
		t.Errorf("Lookup without a user dir = %+v, %v", got, err)
	}
}

func TestLookup(t *testing.T) {
	work := t.TempDir()
	writeFile(t, filepath.Join(work, "letters", "mine.tmpl"), "Dear {{.To}}\n")
	tests := []struct {
		arg, wantPath, wantErr string
	}{
		{"letters/mine.tmpl", "letters/mine.tmpl", ""},
		{filepath.Join(work, "letters", "mine.tmpl"), filepath.Join(work, "letters", "mine.tmpl"), ""},
		{"friend", "", ""},
		{"nosuch", "", `no template named "nosuch" (templates: colleague, customer, family, friend, general, partner)`},
		{"letters/nosuch.tmpl", "", "letters/nosuch.tmpl: no such file or directory"},
		{"nosuch.tmpl", "", "nosuch.tmpl: no such file or directory"},
	}
	for _, tt := range tests {
		got, err := Lookup(tt.arg, "", work)
		if tt.wantErr != "" {
			if err == nil || err.Error() != tt.wantErr {
				t.Errorf("Lookup(%q) err = %v, want %s", tt.arg, err, tt.wantErr)
			}
			continue
		}
		if err != nil || got.Path != tt.wantPath {
			t.Errorf("Lookup(%q) = %+v, %v; want path %q", tt.arg, got, err, tt.wantPath)
		}
	}
}

func TestUserDir(t *testing.T) {
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	tests := []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"XDG_CONFIG_HOME": "/x", "HOME": "/h"}, "/x/apology/templates"},
		{map[string]string{"HOME": "/h"}, "/h/.config/apology/templates"},
		{map[string]string{"XDG_CONFIG_HOME": "relative", "HOME": "/h"}, "/h/.config/apology/templates"},
		{map[string]string{}, ""},
	}
	for _, tt := range tests {
		if got := UserDir(env(tt.env)); got != tt.want {
			t.Errorf("UserDir(%v) = %q, want %q", tt.env, got, tt.want)
		}
	}
}
