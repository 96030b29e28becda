package lint

import (
	"errors"
	"testing"
)

func TestParseConfig(t *testing.T) {
	rules := testRules()
	tests := []struct {
		name, src string
		wantErr   string
		check     func(*Config) bool
	}{
		{"empty", "", "", func(c *Config) bool { return c.FailOn == Off && len(c.Severity) == 0 }},
		{"full", "fail-on: warning\nrules:\n  cond: off\n  but: suggestion\n", "", func(c *Config) bool {
			return c.FailOn == Warning && c.Severity["cond"] == Off && c.Severity["but"] == Suggestion
		}},
		{"false means off", "rules:\n  cond: false\n", "", func(c *Config) bool { return c.Severity["cond"] == Off }},
		{"unknown rule", "rules:\n  nope: error\n", "c.yaml:2: rules.nope: unknown rule (see 'apology rules')", nil},
		{"bad severity", "rules:\n  cond: loud\n", `c.yaml:2: rules.cond: "loud" is not error, warning, suggestion or off`, nil},
		{"bad fail-on", "fail-on: off\n", `c.yaml:1: fail-on: "off" is not error, warning or suggestion`, nil},
		{"unknown key", "\nfailon: error\n", "c.yaml:2: failon: unknown key (want fail-on or rules)", nil},
		{"not a mapping", "- a\n", "c.yaml:1: expected a mapping with 'fail-on' and 'rules'", nil},
		{"rules not a mapping", "rules: [a]\n", "c.yaml:1: rules: expected a mapping of rule id to severity", nil},
		{"yaml syntax", "rules:\n  a: [\n", "c.yaml:2: not valid YAML: did not find expected node content", nil},
		// The library numbers a parser error's line from 0 and leaves out
		// line 0: the lines here are the ones a person counts.
		{"unclosed list", "rules:\n - [unclosed\n", "c.yaml:2: not valid YAML: did not find expected ',' or ']'", nil},
		{"stray text", "fail-on: warning\nrules:\n  cond: off\n  but\n", "c.yaml:4: not valid YAML: could not find expected ':'", nil},
		{"stray text on line 1", "fail-on: \"warning\" now\n", "c.yaml:1: not valid YAML: did not find expected key", nil},
		{"no place", "rules: *nope\n", "c.yaml: not valid YAML: unknown anchor 'nope' referenced", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := ParseConfig("c.yaml", []byte(tt.src), rules)
			if tt.wantErr != "" {
				var ce *ConfigError
				if err == nil || err.Error() != tt.wantErr || !errors.As(err, &ce) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !tt.check(c) {
				t.Errorf("config = %+v", c)
			}
		})
	}
}

// FuzzParseConfig: any config text yields a config or a ConfigError, never a panic.
func FuzzParseConfig(f *testing.F) {
	for _, s := range []string{"", "fail-on: warning\n", "rules:\n  cond: off\n", "rules: [", "- a", "&a [*a]"} {
		f.Add([]byte(s))
	}
	rules := testRules()
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := ParseConfig("c.yaml", b, rules)
		if err == nil && c == nil {
			t.Fatal("nil config without error")
		}
		if err != nil {
			var ce *ConfigError
			if !errors.As(err, &ce) {
				t.Fatalf("error is not a ConfigError: %v", err)
			}
		}
	})
}
