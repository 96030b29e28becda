package initcmd

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apology-cli/apology/pkg/cmdutil"
	"github.com/apology-cli/apology/pkg/fileutil"
	"github.com/apology-cli/apology/pkg/iostreams"
	"github.com/apology-cli/apology/pkg/lint"
	"github.com/apology-cli/apology/pkg/lint/rules"
)

// The written file must load as a config and pin every rule of the real
// catalogue (which grows) to its default severity.
func TestConfigListsEveryRule(t *testing.T) {
	all := rules.All()
	if len(all) == 0 {
		t.Fatal("rules.All() is empty")
	}
	dir := t.TempDir()
	if err := run(t, dir, false); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, lint.ConfigFileName)
	cfg, err := lint.LoadConfig(path, rules.All())
	if err != nil {
		t.Fatalf("written config does not load: %v", err)
	}
	if cfg.FailOn != lint.Error {
		t.Errorf("fail-on = %s, want error", cfg.FailOn)
	}
	if len(cfg.Severity) != len(all) {
		t.Errorf("config sets %d rules, catalogue has %d", len(cfg.Severity), len(all))
	}
	for _, r := range all {
		got, ok := cfg.Severity[r.ID]
		if !ok {
			t.Errorf("rule %s missing from the config", r.ID)
			continue
		}
		if got != r.Severity {
			t.Errorf("rule %s: config says %s, default is %s", r.ID, got, r.Severity)
		}
	}
	for i, line := range strings.Split(string(Config(all)), "\n") {
		if len(line) > 80 && strings.Count(line, " ") > 3 {
			t.Errorf("line %d is %d long: %q", i+1, len(line), line)
		}
	}
	// The config applied to a linter changes nothing: it is the defaults.
	if _, err := lint.New(rules.All(), cfg); err != nil {
		t.Errorf("lint.New with the written config: %v", err)
	}
}

// Rules with every severity, odd summaries and different id lengths render
// to a file that loads and keeps each value, with the summary as a comment.
func TestConfigRendering(t *testing.T) {
	fake := []*lint.Rule{
		{ID: "a", Severity: lint.Error, Summary: "short id"},
		{ID: "a-much-longer-rule-id", Severity: lint.Suggestion, Summary: "spans\ntwo lines # with a hash"},
		{ID: "quiet", Severity: lint.Off},
		{ID: "warn", Severity: lint.Warning, Summary: `"quoted": yes`},
		{ID: "wordy", Severity: lint.Warning, Summary: "one two three four five six seven eight nine ten eleven twelve " +
			"thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twenty-one"},
	}
	b := Config(fake)
	cfg, err := lint.ParseConfig("test.yaml", b, fake)
	if err != nil {
		t.Fatalf("%v\n%s", err, b)
	}
	for _, r := range fake {
		if got := cfg.Severity[r.ID]; got != r.Severity {
			t.Errorf("%s: got %s, want %s\n%s", r.ID, got, r.Severity, b)
		}
	}
	text := string(b)
	for _, want := range []string{
		"rules:\n  # short id\n  a: error\n  # spans two lines # with a hash\n  a-much-longer-rule-id: suggestion\n  quiet: off\n",
		"  # \"quoted\": yes\n  warn: warning\n",
		"  # one two three four five six seven eight nine ten eleven twelve thirteen\n" +
			"  # fourteen fifteen sixteen seventeen eighteen nineteen twenty twenty-one\n" +
			"  wordy: warning\n",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("config lacks %q:\n%s", want, text)
		}
	}
}

func TestRefusesToOverwrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, lint.ConfigFileName)
	mine := []byte("rules:\n  conditional-apology: off\n")
	if err := os.WriteFile(path, mine, 0o600); err != nil {
		t.Fatal(err)
	}
	err := run(t, dir, false)
	if !errors.Is(err, fileutil.ErrExists) {
		t.Fatalf("err = %v, want ErrExists", err)
	}
	if got := err.Error(); got != ".apology.yaml: already exists (use --force to replace it)" {
		t.Errorf("message = %q", got)
	}
	if cmdutil.ExitCode(err) != cmdutil.ExitError {
		t.Errorf("exit code %d, want %d", cmdutil.ExitCode(err), cmdutil.ExitError)
	}
	if b, _ := os.ReadFile(path); string(b) != string(mine) {
		t.Fatalf("file changed without --force:\n%s", b)
	}

	if err := run(t, dir, true); err != nil {
		t.Fatalf("--force: %v", err)
	}
	b, _ := os.ReadFile(path)
	if string(b) != string(Config(rules.All())) {
		t.Errorf("--force did not write the generated config:\n%s", b)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("--force changed the file mode to %v", fi.Mode().Perm())
	}
}

func TestNotesAParentConfig(t *testing.T) {
	parent := t.TempDir()
	if err := os.WriteFile(filepath.Join(parent, lint.ConfigFileName), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(parent, "letters")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	io, _, out, errOut := iostreams.Test()
	opts := &InitOptions{IO: io, WorkDir: dir, Rules: rules.All}
	if err := initRun(opts); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out.String(), "Wrote .apology.yaml: ") {
		t.Errorf("stdout = %q", out.String())
	}
	want := "note: it takes the place of " + filepath.Join(parent, lint.ConfigFileName)
	if !strings.Contains(errOut.String(), want) {
		t.Errorf("stderr = %q, want it to contain %q", errOut.String(), want)
	}
}

func run(t *testing.T, dir string, force bool) error {
	t.Helper()
	io, _, _, _ := iostreams.Test()
	return initRun(&InitOptions{IO: io, WorkDir: dir, Rules: rules.All, Force: force})
}

// A symbolic link to a config kept elsewhere is followed: --force
// replaces the file it points to and the link stays. Anything that is not
// a regular file is never replaced.
func TestForceFollowsALinkAndReplacesOnlyRegularFiles(t *testing.T) {
	dir := t.TempDir()
	shared := filepath.Join(t.TempDir(), "shared.yaml")
	if err := os.WriteFile(shared, []byte("rules: {}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, lint.ConfigFileName)
	if err := os.Symlink(shared, link); err != nil {
		t.Fatal(err)
	}
	if err := run(t, dir, false); !errors.Is(err, fileutil.ErrExists) {
		t.Fatalf("without --force: err = %v, want ErrExists", err)
	}
	if err := run(t, dir, true); err != nil {
		t.Fatalf("--force: %v", err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was replaced: %v %v", fi.Mode(), err)
	}
	if b, _ := os.ReadFile(shared); string(b) != string(Config(rules.All())) {
		t.Errorf("the linked file was not rewritten:\n%s", b)
	}

	other := t.TempDir()
	if err := os.Mkdir(filepath.Join(other, lint.ConfigFileName), 0o755); err != nil {
		t.Fatal(err)
	}
	err := run(t, other, true)
	if err == nil || err.Error() != lint.ConfigFileName+": is a directory" {
		t.Errorf("a directory: err = %v", err)
	}
	if fi, err := os.Lstat(filepath.Join(other, lint.ConfigFileName)); err != nil || !fi.IsDir() {
		t.Errorf("the directory was replaced: %v", err)
	}
}
