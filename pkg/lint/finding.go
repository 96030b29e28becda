package lint

import (
	"fmt"
	"strings"
)

// Severity ranks a finding. The zero value is not a valid severity.
type Severity int

const (
	Off Severity = iota // the rule is disabled (config only)
	Suggestion
	Warning
	Error
)

var severityNames = [...]string{Off: "off", Suggestion: "suggestion", Warning: "warning", Error: "error"}

func (s Severity) String() string {
	if s < 0 || int(s) >= len(severityNames) {
		return fmt.Sprintf("Severity(%d)", int(s))
	}
	return severityNames[s]
}

// ParseSeverity reads "error", "warning", "suggestion" or "off".
func ParseSeverity(s string) (Severity, error) {
	for i, name := range severityNames {
		if strings.EqualFold(s, name) {
			return Severity(i), nil
		}
	}
	return Off, fmt.Errorf("unknown severity %q (want error, warning, suggestion or off)", s)
}

// MarshalText makes severities print as their names in JSON.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Finding is one problem in one file. Positions are 1-based; columns count
// Unicode characters. Document-level findings use line 0, column 0.
type Finding struct {
	File       string   `json:"file"`
	Line       int      `json:"line"`
	Column     int      `json:"column"`
	EndLine    int      `json:"end_line"`
	EndColumn  int      `json:"end_column"`
	Rule       string   `json:"rule"`
	Severity   Severity `json:"severity"`
	Message    string   `json:"message"`
	Suggestion string   `json:"suggestion"`

	// Offset and EndOffset are the byte range in the source (not printed).
	Offset    int `json:"-"`
	EndOffset int `json:"-"`
}

// Position is "file:line:col" as editors and compilers print it.
func (f Finding) Position() string {
	return fmt.Sprintf("%s:%d:%d", f.File, f.Line, f.Column)
}

// Fails reports whether any finding is at or above the fail level.
func Fails(findings []Finding, failOn Severity) bool {
	for _, f := range findings {
		if f.Severity >= failOn {
			return true
		}
	}
	return false
}
