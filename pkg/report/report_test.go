package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/apology-cli/apology/pkg/lint"
)

var sample = []lint.Finding{
	{File: "a,b:c.md", Line: 3, Column: 5, EndLine: 4, EndColumn: 2, Rule: "but-excuse", Severity: lint.Error,
		Message: `"sorry, but" 100% undoes it`, Suggestion: "Drop the \"but\".\nSay why separately."},
	{File: "a.md", Rule: "missing-change", Severity: lint.Suggestion, Message: "no plan"},
}

func TestGitHubEscapes(t *testing.T) {
	var b bytes.Buffer
	if err := GitHub(&b, sample); err != nil {
		t.Fatal(err)
	}
	want := "::error file=a%2Cb%3Ac.md,line=3,col=5,endLine=4,endColumn=2,title=but-excuse::\"sorry, but\" 100%25 undoes it%0ADrop the \"but\".%0ASay why separately.\n" +
		"::notice file=a.md,title=missing-change::no plan\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

func TestJSONKeysAndEmpty(t *testing.T) {
	var b bytes.Buffer
	if err := JSON(&b, nil); err != nil {
		t.Fatal(err)
	}
	if strings.TrimSpace(b.String()) != "[]" {
		t.Errorf("no findings = %q, want []", b.String())
	}
	b.Reset()
	if err := JSON(&b, sample[:1]); err != nil {
		t.Fatal(err)
	}
	var got []map[string]any
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	keys := []string{"file", "line", "column", "end_line", "end_column", "rule", "severity", "message", "suggestion"}
	if len(got) != 1 || len(got[0]) != len(keys) {
		t.Fatalf("got %v, want exactly the keys %v", got, keys)
	}
	for _, k := range keys {
		if _, ok := got[0][k]; !ok {
			t.Errorf("key %q missing", k)
		}
	}
	if got[0]["severity"] != "error" {
		t.Errorf("severity = %v", got[0]["severity"])
	}
}

func TestSARIF(t *testing.T) {
	rules := []*lint.Rule{
		{ID: "but-excuse", Severity: lint.Error, Summary: "s", Why: "w", Suggestion: "x"},
		{ID: "missing-change", Severity: lint.Suggestion, Summary: "s2", Why: "w2"},
	}
	var b bytes.Buffer
	if err := SARIF(&b, sample, rules); err != nil {
		t.Fatal(err)
	}
	var log sarifLog
	if err := json.Unmarshal(b.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if log.Version != "2.1.0" || len(run.Tool.Driver.Rules) != 2 || len(run.Results) != 2 {
		t.Fatalf("log = %+v", log)
	}
	if r := run.Results[1]; r.RuleIndex == nil || *r.RuleIndex != 1 || r.Level != "note" || r.Locations[0].PhysicalLocation.Region.StartLine != 1 {
		t.Errorf("document finding = %+v (want rule index 1, level note, line 1)", r)
	}
	if d := run.Tool.Driver.Rules[1].DefaultConfiguration.Level; d != "note" {
		t.Errorf("default level = %q", d)
	}
}

// TestSARIFBuiltins: a finding of the linter's own checks points at its
// own descriptor, listed after the rules, and only when it was found; a
// finding of no known rule points at none rather than at rule 0.
func TestSARIFBuiltins(t *testing.T) {
	rules := []*lint.Rule{{ID: "but-excuse", Severity: lint.Error, Summary: "s", Why: "w"}}
	findings := []lint.Finding{
		{File: "a.md", Line: 2, Column: 6, EndLine: 2, EndColumn: 14, Rule: lint.BadDirective, Severity: lint.Error, Message: "unknown rule"},
		{File: "a.md", Line: 3, Column: 1, EndLine: 3, EndColumn: 2, Rule: "no-such-rule", Severity: lint.Warning, Message: "?"},
	}
	var b bytes.Buffer
	if err := SARIF(&b, findings, rules); err != nil {
		t.Fatal(err)
	}
	var log sarifLog
	if err := json.Unmarshal(b.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	var ids []string
	for _, r := range run.Tool.Driver.Rules {
		ids = append(ids, r.ID)
	}
	if strings.Join(ids, " ") != "but-excuse "+lint.BadDirective {
		t.Fatalf("driver rules = %v, want but-excuse then %s only", ids, lint.BadDirective)
	}
	if r := run.Results[0]; r.RuleIndex == nil || *r.RuleIndex != 1 || r.Level != "error" {
		t.Errorf("built-in finding = %+v, want rule index 1", r)
	}
	if r := run.Results[1]; r.RuleIndex != nil {
		t.Errorf("unknown rule's finding has rule index %d, want none", *r.RuleIndex)
	}
}

func TestSummary(t *testing.T) {
	if got := Summary(nil, 2); got != "no findings in 2 files" {
		t.Errorf("Summary = %q", got)
	}
	if got := Summary(sample, 1); got != "1 error, 0 warnings, 1 suggestion in 1 file" {
		t.Errorf("Summary = %q", got)
	}
}

// referenceJSON is what the JSON format must equal: encoding/json with
// two-space indentation and no HTML escaping.
func referenceJSON(t testing.TB, findings []lint.Finding) string {
	if findings == nil {
		findings = []lint.Finding{}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(findings); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestJSONMatchesEncodingJSON(t *testing.T) {
	var many []lint.Finding // more than one 64 KB write's worth
	for range 1000 {
		many = append(many, sample...)
	}
	for _, fs := range [][]lint.Finding{nil, sample, many, {{File: "<stdin>", Message: "a\u2028b\x00\x1f\b\f\t\r\n\\\"<&>\xff\xfeé"}}} {
		var b bytes.Buffer
		if err := JSON(&b, fs); err != nil {
			t.Fatal(err)
		}
		if want := referenceJSON(t, fs); b.String() != want {
			t.Errorf("JSON =\n%s\nencoding/json =\n%s", b.String(), want)
		}
	}
}

// FuzzJSON: any text in any field comes out as encoding/json would write it.
func FuzzJSON(f *testing.F) {
	f.Add("a.md", "msg \"quoted\"", "try\nthis", 3)
	f.Add("\xff", "\u2029\x01", "<script>&", -1)
	f.Fuzz(func(t *testing.T, file, msg, sugg string, line int) {
		fs := []lint.Finding{{File: file, Line: line, Column: line + 1, Rule: "but-excuse",
			Severity: lint.Warning, Message: msg, Suggestion: sugg}, {File: sugg, Message: file}}
		var b bytes.Buffer
		if err := JSON(&b, fs); err != nil {
			t.Fatal(err)
		}
		if want := referenceJSON(t, fs); b.String() != want {
			t.Fatalf("JSON =\n%q\nencoding/json =\n%q", b.String(), want)
		}
	})
}
